package io.aitbc.zk.bn254;

import java.math.BigInteger;

/** Element of the BN254 base field, over which G1 and G2 coordinates live. Immutable. */
public final class Fp extends PrimeFieldElement<Fp> {

    public static final BigInteger MODULUS = new BigInteger("21888242871839275222246405745257275088696311157297823662689037894645226208583");
    /** Shared Montgomery arithmetic for bulk code working on raw limbs. */
    public static final Montgomery256 ARITH = new Montgomery256(MODULUS);
    public static final Fp ZERO = new Fp(new long[4]);
    public static final Fp ONE = of(BigInteger.ONE);

    private Fp(long[] limbs) {
        super(limbs);
    }

    /** Reduces any integer (also negative) modulo the field order. */
    public static Fp of(BigInteger v) {
        long[] l = new long[4];
        ARITH.fromBigInteger(v, l, 0);
        return new Fp(l);
    }

    public static Fp of(long v) {
        return of(BigInteger.valueOf(v));
    }

    /** Parses a canonical decimal string in [0, modulus), rejecting anything else. */
    public static Fp parseCanonical(String decimal) {
        BigInteger v;
        try {
            v = new BigInteger(decimal.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal field element: '" + decimal + "'");
        }
        return ofCanonical(v);
    }

    /** Accepts only values in [0, modulus). */
    public static Fp ofCanonical(BigInteger v) {
        if (v.signum() < 0 || v.compareTo(MODULUS) >= 0) {
            throw new IllegalArgumentException("field element out of range [0, modulus): " + v);
        }
        return of(v);
    }

    /** Wraps Montgomery limbs read from {@code src} at {@code off} (copied). */
    public static Fp fromMontgomery(long[] src, int off) {
        long[] l = new long[4];
        System.arraycopy(src, off, l, 0, 4);
        if (!ARITH.isCanonical(l, 0)) {
            throw new IllegalArgumentException("limbs are not a reduced field element");
        }
        return new Fp(l);
    }

    @Override
    Montgomery256 field() {
        return ARITH;
    }

    @Override
    Fp wrap(long[] limbs) {
        return new Fp(limbs);
    }
}
