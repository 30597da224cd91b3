package io.aitbc.zk.bn254;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Immutable element of a prime field below 2^254, held in Montgomery form on four 64-bit limbs.
 * Subclasses fix the field; {@code T} is the subclass so that arithmetic returns the same type and
 * elements of different fields cannot be mixed.
 */
public abstract sealed class PrimeFieldElement<T extends PrimeFieldElement<T>> permits Fr, Fp {

    /** Montgomery limbs; never exposed, never mutated after construction. */
    final long[] limbs;

    PrimeFieldElement(long[] limbs) {
        this.limbs = limbs;
    }

    /** Montgomery limbs of any integer, reduced modulo the field order. */
    static long[] reducedLimbs(Montgomery256 f, BigInteger v) {
        long[] l = new long[4];
        f.fromBigInteger(v, l, 0);
        return l;
    }

    /** Montgomery limbs of a value in [0, modulus); anything else is rejected. */
    static long[] canonicalLimbs(Montgomery256 f, BigInteger v) {
        if (v.signum() < 0 || v.compareTo(f.modulus()) >= 0) {
            throw new IllegalArgumentException("field element out of range [0, modulus): " + v);
        }
        return reducedLimbs(f, v);
    }

    static BigInteger parseDecimal(String decimal) {
        try {
            return new BigInteger(decimal.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal field element: '" + decimal + "'");
        }
    }

    /** A copy of four Montgomery limbs, which must hold a reduced element. */
    static long[] reducedCopy(Montgomery256 f, long[] src, int off) {
        long[] l = java.util.Arrays.copyOfRange(src, off, off + 4);
        if (!f.isCanonical(l, 0)) {
            throw new IllegalArgumentException("limbs are not a reduced field element");
        }
        return l;
    }

    abstract Montgomery256 field();

    abstract T wrap(long[] limbs);

    public final T add(T o) {
        long[] r = new long[4];
        field().add(limbs, 0, o.limbs, 0, r, 0);
        return wrap(r);
    }

    public final T sub(T o) {
        long[] r = new long[4];
        field().sub(limbs, 0, o.limbs, 0, r, 0);
        return wrap(r);
    }

    public final T mul(T o) {
        long[] r = new long[4];
        field().mul(limbs, 0, o.limbs, 0, r, 0);
        return wrap(r);
    }

    public final T square() {
        long[] r = new long[4];
        field().mul(limbs, 0, limbs, 0, r, 0);
        return wrap(r);
    }

    public final T neg() {
        long[] r = new long[4];
        field().neg(limbs, 0, r, 0);
        return wrap(r);
    }

    public final T dbl() {
        long[] r = new long[4];
        field().add(limbs, 0, limbs, 0, r, 0);
        return wrap(r);
    }

    /** Multiplicative inverse; throws for zero. */
    public final T inverse() {
        if (isZero()) {
            throw new ArithmeticException("inverse of zero");
        }
        long[] r = new long[4];
        field().inverse(limbs, 0, r, 0);
        return wrap(r);
    }

    public final T pow(BigInteger exponent) {
        if (exponent.signum() < 0) {
            return inverse().pow(exponent.negate());
        }
        long[] r = new long[4];
        field().setOne(r, 0);
        long[] tmp = new long[4];
        for (int i = exponent.bitLength() - 1; i >= 0; i--) {
            field().mul(r, 0, r, 0, r, 0);
            if (exponent.testBit(i)) {
                field().mul(r, 0, limbs, 0, tmp, 0);
                System.arraycopy(tmp, 0, r, 0, 4);
            }
        }
        return wrap(r);
    }

    public final boolean isZero() {
        return Montgomery256.isZero(limbs, 0);
    }

    public final boolean isOne() {
        return field().isOne(limbs, 0);
    }

    /** The canonical value in [0, modulus). */
    public final BigInteger toBigInteger() {
        return field().toBigInteger(limbs, 0);
    }

    /** Copies the Montgomery limbs into {@code dst} at {@code off} (for bulk arithmetic). */
    public final void copyMontgomeryTo(long[] dst, int off) {
        System.arraycopy(limbs, 0, dst, off, 4);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Arrays.equals(limbs, ((PrimeFieldElement<?>) o).limbs);
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(limbs);
    }

    /** Decimal, as snarkjs and circom print field elements. */
    @Override
    public final String toString() {
        return toBigInteger().toString();
    }
}
