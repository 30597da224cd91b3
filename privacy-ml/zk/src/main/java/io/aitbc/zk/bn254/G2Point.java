package io.aitbc.zk.bn254;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Immutable affine point of G2 (on the sextic twist over Fp2). Construction checks that the point
 * is on the curve and in the order-r subgroup (the twist has a large cofactor).
 */
public final class G2Point {

    private static final ThreadLocal<JacobianOps> OPS = ThreadLocal.withInitial(Curves::g2Ops);
    private static final long[] ORDER_LIMBS = Montgomery256.toLimbs(Curves.ORDER);
    public static final G2Point INFINITY = new G2Point(new long[16]);
    public static final G2Point GENERATOR = of(
            Fp2.of(new BigInteger("10857046999023057135944570762232829481370756359578518086990519993285655852781"),
                    new BigInteger("11559732032986387107991004021392285783925812861821192530917403151452391805634")),
            Fp2.of(new BigInteger("8495653923123431417604973247489272438418190587263600148770280649306958101930"),
                    new BigInteger("4082367875863433681332203403145435568316851327593401208105741076214120093531")));


    /** (x, y) Montgomery limbs, x = (c0, c1); all zero is infinity. */
    private final long[] affine;

    private G2Point(long[] affine) {
        this.affine = affine;
    }

    public static G2Point of(Fp2 x, Fp2 y) {
        long[] a = new long[16];
        x.writeTo(a, 0);
        y.writeTo(a, 8);
        return fromAffineLimbs(a, 0);
    }

    /** Validates affine limbs (x.c0, x.c1, y.c0, y.c1) at {@code off}: canonical, on curve, in subgroup. */
    public static G2Point fromAffineLimbs(long[] src, int off) {
        G2Point p = onCurve(src, off);
        if (!p.isInSubgroup()) {
            throw new IllegalArgumentException("point is not in the G2 subgroup of order r");
        }
        return p;
    }

    /** Validates canonical coordinates and the curve equation only (for bulk key material). */
    static G2Point onCurve(long[] src, int off) {
        long[] a = Arrays.copyOfRange(src, off, off + 16);
        for (int i = 0; i < 16; i += 4) {
            if (!Fp.ARITH.isCanonical(a, i)) {
                throw new IllegalArgumentException("G2 coordinate not below the field modulus");
            }
        }
        if (!OPS.get().isOnCurveAffine(a, 0)) {
            throw new IllegalArgumentException("point is not on the G2 twist curve");
        }
        return new G2Point(a);
    }

    /** Normalises a Jacobian result of {@link JacobianOps} (trusted: computed, not parsed). */
    public static G2Point fromJacobian(long[] p, int pi) {
        long[] a = new long[16];
        OPS.get().toAffine(p, pi, a, 0);
        return new G2Point(a);
    }

    /** r P = infinity. */
    public boolean isInSubgroup() {
        JacobianOps ops = OPS.get();
        long[] p = new long[24];
        ops.fromAffine(affine, 0, p, 0);
        ops.scalarMul(p, 0, ORDER_LIMBS, p, 0);
        return ops.isInfinity(p, 0);
    }

    public boolean isInfinity() {
        for (long l : affine) {
            if (l != 0) {
                return false;
            }
        }
        return true;
    }

    public Fp2 x() {
        requireFinite();
        return Fp2.readFrom(affine, 0);
    }

    public Fp2 y() {
        requireFinite();
        return Fp2.readFrom(affine, 8);
    }

    private void requireFinite() {
        if (isInfinity()) {
            throw new IllegalStateException("the point at infinity has no affine coordinates");
        }
    }

    public void writeAffineLimbs(long[] dst, int off) {
        System.arraycopy(affine, 0, dst, off, 16);
    }

    public G2Point add(G2Point o) {
        JacobianOps ops = OPS.get();
        long[] p = new long[24];
        ops.fromAffine(affine, 0, p, 0);
        ops.addMixed(p, 0, o.affine, 0, p, 0);
        return fromJacobian(p, 0);
    }

    public G2Point negate() {
        if (isInfinity()) {
            return this;
        }
        long[] a = affine.clone();
        Fp.ARITH.neg(a, 8, a, 8);
        Fp.ARITH.neg(a, 12, a, 12);
        return new G2Point(a);
    }

    public G2Point multiply(Fr k) {
        return multiply(k.toBigInteger());
    }

    public G2Point multiply(BigInteger k) {
        JacobianOps ops = OPS.get();
        long[] p = new long[24];
        ops.fromAffine(affine, 0, p, 0);
        ops.scalarMul(p, 0, Montgomery256.toLimbs(k), p, 0);
        return fromJacobian(p, 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof G2Point g && Arrays.equals(affine, g.affine);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(affine);
    }

    @Override
    public String toString() {
        return isInfinity() ? "G2(infinity)" : "G2(" + x() + ", " + y() + ")";
    }
}
