package io.aitbc.zk.bn254;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Immutable affine point of G2 (on the sextic twist over Fp2). Construction checks that the point
 * is on the curve and in the order-r subgroup (the twist has a large cofactor).
 */
public final class G2Point {

    private static final ThreadLocal<JacobianOps> OPS = ThreadLocal.withInitial(Curves::g2Ops);
    private static final long[] PSI_X = new long[8], PSI_Y = new long[8];

    static {
        Curves.PSI_X.writeTo(PSI_X, 0);
        Curves.PSI_Y.writeTo(PSI_Y, 0);
    }
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

    /** The twist's cofactor h = 2p - r: h P is in G2 for every point P of the twist curve. */
    public static final BigInteger COFACTOR = Fp.MODULUS.shiftLeft(1).subtract(Curves.ORDER);

    /** h (x, y) for a point (x, y) of the twist curve (validated): maps any twist point into G2. */
    public static G2Point clearCofactor(Fp2 x, Fp2 y) {
        long[] a = new long[16];
        x.writeTo(a, 0);
        y.writeTo(a, 8);
        return onCurve(a, 0).multiply(COFACTOR);
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

    /**
     * Whether r P = infinity, tested with the endomorphism psi as [x+1]P + psi([x]P) + psi^2([x]P) =
     * psi^3([2x]P) (Housni, Guillevic, Piellard, eprint 2022/348, section 5.1 for BN254): one 63-bit
     * multiplication instead of a 254-bit one.
     */
    public boolean isInSubgroup() {
        if (isInfinity()) {
            return true;
        }
        JacobianOps ops = OPS.get();
        long[] p = new long[24], xp = new long[24], lhs = new long[24], t = new long[24];
        ops.fromAffine(affine, 0, p, 0);
        ops.multiplyVartime(p, 0, Curves.BN_X, xp, 0);
        ops.add(xp, 0, p, 0, lhs, 0);
        psi(ops.field(), xp, t);
        ops.add(lhs, 0, t, 0, lhs, 0);
        psi(ops.field(), t, t);
        ops.add(lhs, 0, t, 0, lhs, 0);
        psi(ops.field(), t, t);
        ops.dbl(t, 0, t, 0);
        return ops.equal(lhs, 0, t, 0);
    }

    /** psi on Jacobian limbs: (conj(X) PSI_X, conj(Y) PSI_Y, conj(Z)); r may alias p. */
    private static void psi(FieldOps f, long[] p, long[] r) {
        for (int c = 0; c < 24; c += 8) {
            System.arraycopy(p, c, r, c, 4);
            Fp.ARITH.neg(p, c + 4, r, c + 4);
        }
        f.mul(r, 0, PSI_X, 0, r, 0);
        f.mul(r, 8, PSI_Y, 0, r, 8);
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
