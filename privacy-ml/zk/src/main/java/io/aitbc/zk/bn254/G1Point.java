package io.aitbc.zk.bn254;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Immutable affine point of G1, always on the curve (G1 has cofactor 1, so also in the subgroup).
 * Construction validates; invalid coordinates throw {@link IllegalArgumentException}.
 */
public final class G1Point {

    private static final ThreadLocal<JacobianOps> OPS = ThreadLocal.withInitial(Curves::g1Ops);
    public static final G1Point INFINITY = new G1Point(new long[8]);
    public static final G1Point GENERATOR = of(BigInteger.ONE, BigInteger.TWO);

    /** (x, y) Montgomery limbs; (0, 0) is infinity. */
    private final long[] affine;

    private G1Point(long[] affine) {
        this.affine = affine;
    }

    /** Validates that (x, y) are canonical and on the curve. */
    public static G1Point of(BigInteger x, BigInteger y) {
        return of(Fp.ofCanonical(x), Fp.ofCanonical(y));
    }

    public static G1Point of(Fp x, Fp y) {
        long[] a = new long[8];
        x.copyMontgomeryTo(a, 0);
        y.copyMontgomeryTo(a, 4);
        return fromAffineLimbs(a, 0);
    }

    /** Validates affine Montgomery limbs (x, y) at {@code off}; (0, 0) is infinity. */
    public static G1Point fromAffineLimbs(long[] src, int off) {
        long[] a = Arrays.copyOfRange(src, off, off + 8);
        if (!Fp.ARITH.isCanonical(a, 0) || !Fp.ARITH.isCanonical(a, 4)) {
            throw new IllegalArgumentException("G1 coordinate not below the field modulus");
        }
        if (!OPS.get().isOnCurveAffine(a, 0)) {
            throw new IllegalArgumentException("point is not on the G1 curve");
        }
        return new G1Point(a);
    }


    /** Normalises a Jacobian result of {@link JacobianOps} (trusted: computed, not parsed). */
    public static G1Point fromJacobian(long[] p, int pi) {
        long[] a = new long[8];
        OPS.get().toAffine(p, pi, a, 0);
        return new G1Point(a);
    }

    public boolean isInfinity() {
        return Montgomery256.isZero(affine, 0) && Montgomery256.isZero(affine, 4);
    }

    /** Affine x; throws for infinity. */
    public Fp x() {
        requireFinite();
        return Fp.fromMontgomery(affine, 0);
    }

    public Fp y() {
        requireFinite();
        return Fp.fromMontgomery(affine, 4);
    }

    private void requireFinite() {
        if (isInfinity()) {
            throw new IllegalStateException("the point at infinity has no affine coordinates");
        }
    }

    /** Copies the affine limbs (x, y), (0, 0) for infinity. */
    public void writeAffineLimbs(long[] dst, int off) {
        System.arraycopy(affine, 0, dst, off, 8);
    }

    public G1Point add(G1Point o) {
        JacobianOps ops = OPS.get();
        long[] p = new long[24];
        ops.fromAffine(affine, 0, p, 0);
        ops.addMixed(p, 0, o.affine, 0, p, 0);
        return fromJacobian(p, 0);
    }

    public G1Point negate() {
        if (isInfinity()) {
            return this;
        }
        long[] a = affine.clone();
        Fp.ARITH.neg(a, 4, a, 4);
        return new G1Point(a);
    }

    public G1Point multiply(Fr k) {
        return multiply(k.toBigInteger());
    }

    /** k P for 0 <= k < 2^256 (reduce k modulo r first for other scalars). */
    public G1Point multiply(BigInteger k) {
        JacobianOps ops = OPS.get();
        long[] p = new long[12];
        ops.fromAffine(affine, 0, p, 0);
        ops.scalarMul(p, 0, Montgomery256.toLimbs(k), p, 0);
        return fromJacobian(p, 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof G1Point g && Arrays.equals(affine, g.affine);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(affine);
    }

    @Override
    public String toString() {
        return isInfinity() ? "G1(infinity)" : "G1(" + x() + ", " + y() + ")";
    }
}
