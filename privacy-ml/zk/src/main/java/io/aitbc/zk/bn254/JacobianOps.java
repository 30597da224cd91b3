package io.aitbc.zk.bn254;

/**
 * Point arithmetic on y^2 = x^3 + b (a = 0) in Jacobian coordinates (X, Y, Z) ~ (X/Z^2, Y/Z^3) on raw
 * limbs, written once for G1 (over Fp) and G2 (over Fp2). Affine points are (x, y) with (0, 0) standing
 * for infinity (never on these curves since b != 0); a Jacobian point with Z = 0 is infinity.
 * Holds scratch buffers: one instance per thread.
 */
public final class JacobianOps {

    private final FieldOps f;
    private final int n;
    private final long[] s;
    private final long[] b;

    public JacobianOps(FieldOps field, long[] curveB) {
        this.f = field;
        this.n = field.size();
        this.s = new long[12 * n];
        this.b = curveB.clone();
    }

    public FieldOps field() {
        return f;
    }

    /** Longs per Jacobian point. */
    public int jacobianSize() {
        return 3 * n;
    }

    /** Longs per affine point. */
    public int affineSize() {
        return 2 * n;
    }

    public void setInfinity(long[] p, int pi) {
        f.setOne(p, pi);
        f.setOne(p, pi + n);
        f.setZero(p, pi + 2 * n);
    }

    public boolean isInfinity(long[] p, int pi) {
        return f.isZero(p, pi + 2 * n);
    }

    public boolean isAffineInfinity(long[] a, int ai) {
        return f.isZero(a, ai) && f.isZero(a, ai + n);
    }

    public void fromAffine(long[] a, int ai, long[] p, int pi) {
        if (isAffineInfinity(a, ai)) {
            setInfinity(p, pi);
            return;
        }
        f.copy(a, ai, p, pi);
        f.copy(a, ai + n, p, pi + n);
        f.setOne(p, pi + 2 * n);
    }

    /** Affine (x, y) from Jacobian, (0, 0) for infinity. Uses one field inversion. */
    public void toAffine(long[] p, int pi, long[] a, int ai) {
        if (isInfinity(p, pi)) {
            f.setZero(a, ai);
            f.setZero(a, ai + n);
            return;
        }
        int zi = 0, z2 = n, z3 = 2 * n;
        f.inverse(p, pi + 2 * n, s, zi);
        f.square(s, zi, s, z2);
        f.mul(s, z2, s, zi, s, z3);
        f.mul(p, pi, s, z2, a, ai);
        f.mul(p, pi + n, s, z3, a, ai + n);
    }

    /**
     * Converts {@code count} Jacobian points (from {@code pi}, consecutive) to affine (to {@code ai},
     * consecutive) with a single field inversion; infinity becomes (0, 0). {@code a} may not overlap {@code p}.
     */
    public void batchToAffine(long[] p, int pi, int count, long[] a, int ai) {
        long[] z = new long[count * n];
        for (int i = 0; i < count; i++) {
            f.copy(p, pi + i * 3 * n + 2 * n, z, i * n);
        }
        BatchInversion.invert(f, z, count, new long[count * n], new long[2 * n]);
        for (int i = 0; i < count; i++) {
            int src = pi + i * 3 * n, dst = ai + i * 2 * n;
            if (f.isZero(z, i * n)) {
                f.setZero(a, dst);
                f.setZero(a, dst + n);
                continue;
            }
            f.square(z, i * n, s, 0);
            f.mul(p, src, s, 0, a, dst);
            f.mul(s, 0, z, i * n, s, 0);
            f.mul(p, src + n, s, 0, a, dst + n);
        }
    }

    /** True if the affine point satisfies y^2 = x^3 + b (infinity counts as on the curve). */
    public boolean isOnCurveAffine(long[] a, int ai) {
        if (isAffineInfinity(a, ai)) {
            return true;
        }
        f.square(a, ai + n, s, 0);
        f.square(a, ai, s, n);
        f.mul(s, n, a, ai, s, n);
        f.add(s, n, b, 0, s, n);
        return f.equal(s, 0, s, n);
    }

    /** r = 2p (dbl-2009-l). r may alias p. */
    public void dbl(long[] p, int pi, long[] r, int ri) {
        if (isInfinity(p, pi)) {
            copyJacobian(p, pi, r, ri);
            return;
        }
        int A = 0, B = n, C = 2 * n, D = 3 * n, E = 4 * n, F = 5 * n, T = 6 * n;
        f.square(p, pi, s, A);
        f.square(p, pi + n, s, B);
        f.square(s, B, s, C);
        f.add(p, pi, s, B, s, D);
        f.square(s, D, s, D);
        f.sub(s, D, s, A, s, D);
        f.sub(s, D, s, C, s, D);
        f.dbl(s, D, s, D);
        f.dbl(s, A, s, E);
        f.add(s, E, s, A, s, E);
        f.square(s, E, s, F);
        // Z3 = 2 Y1 Z1 (before Y1 is overwritten)
        f.mul(p, pi + n, p, pi + 2 * n, s, T);
        f.dbl(s, T, r, ri + 2 * n);
        // X3 = F - 2D
        f.sub(s, F, s, D, s, T);
        f.sub(s, T, s, D, r, ri);
        // Y3 = E (D - X3) - 8C
        f.sub(s, D, r, ri, s, T);
        f.mul(s, E, s, T, s, T);
        f.dbl(s, C, s, C);
        f.dbl(s, C, s, C);
        f.dbl(s, C, s, C);
        f.sub(s, T, s, C, r, ri + n);
    }

    /** r = p + q for Jacobian p, q (add-2007-bl, with the doubling and infinity cases). r may alias p or q. */
    public void add(long[] p, int pi, long[] q, int qi, long[] r, int ri) {
        if (isInfinity(p, pi)) {
            copyJacobian(q, qi, r, ri);
            return;
        }
        if (isInfinity(q, qi)) {
            copyJacobian(p, pi, r, ri);
            return;
        }
        int Z1Z1 = 0, Z2Z2 = n, U1 = 2 * n, U2 = 3 * n, S1 = 4 * n, S2 = 5 * n, H = 6 * n, I = 7 * n, J = 8 * n, R = 9 * n, V = 10 * n, T = 11 * n;
        f.square(p, pi + 2 * n, s, Z1Z1);
        f.square(q, qi + 2 * n, s, Z2Z2);
        f.mul(p, pi, s, Z2Z2, s, U1);
        f.mul(q, qi, s, Z1Z1, s, U2);
        f.mul(p, pi + n, q, qi + 2 * n, s, S1);
        f.mul(s, S1, s, Z2Z2, s, S1);
        f.mul(q, qi + n, p, pi + 2 * n, s, S2);
        f.mul(s, S2, s, Z1Z1, s, S2);
        f.sub(s, U2, s, U1, s, H);
        f.sub(s, S2, s, S1, s, R);
        if (f.isZero(s, H)) {
            if (f.isZero(s, R)) {
                dbl(p, pi, r, ri);
            } else {
                setInfinity(r, ri);
            }
            return;
        }
        f.dbl(s, R, s, R);
        f.dbl(s, H, s, I);
        f.square(s, I, s, I);
        f.mul(s, H, s, I, s, J);
        f.mul(s, U1, s, I, s, V);
        // Z3 = ((Z1 + Z2)^2 - Z1Z1 - Z2Z2) H
        f.add(p, pi + 2 * n, q, qi + 2 * n, s, T);
        f.square(s, T, s, T);
        f.sub(s, T, s, Z1Z1, s, T);
        f.sub(s, T, s, Z2Z2, s, T);
        f.mul(s, T, s, H, r, ri + 2 * n);
        // X3 = R^2 - J - 2V
        f.square(s, R, s, T);
        f.sub(s, T, s, J, s, T);
        f.sub(s, T, s, V, s, T);
        f.sub(s, T, s, V, r, ri);
        // Y3 = R (V - X3) - 2 S1 J
        f.sub(s, V, r, ri, s, T);
        f.mul(s, R, s, T, s, T);
        f.mul(s, S1, s, J, s, J);
        f.dbl(s, J, s, J);
        f.sub(s, T, s, J, r, ri + n);
    }

    /** r = p + a for Jacobian p and affine a (madd-2007-bl). r may alias p. */
    public void addMixed(long[] p, int pi, long[] a, int ai, long[] r, int ri) {
        if (isAffineInfinity(a, ai)) {
            copyJacobian(p, pi, r, ri);
            return;
        }
        if (isInfinity(p, pi)) {
            fromAffine(a, ai, r, ri);
            return;
        }
        int Z1Z1 = 0, U2 = n, S2 = 2 * n, H = 3 * n, HH = 4 * n, I = 5 * n, J = 6 * n, R = 7 * n, V = 8 * n, T = 9 * n;
        f.square(p, pi + 2 * n, s, Z1Z1);
        f.mul(a, ai, s, Z1Z1, s, U2);
        f.mul(a, ai + n, p, pi + 2 * n, s, S2);
        f.mul(s, S2, s, Z1Z1, s, S2);
        f.sub(s, U2, p, pi, s, H);
        f.sub(s, S2, p, pi + n, s, R);
        if (f.isZero(s, H)) {
            if (f.isZero(s, R)) {
                dbl(p, pi, r, ri);
            } else {
                setInfinity(r, ri);
            }
            return;
        }
        f.dbl(s, R, s, R);
        f.square(s, H, s, HH);
        f.dbl(s, HH, s, I);
        f.dbl(s, I, s, I);
        f.mul(s, H, s, I, s, J);
        f.mul(p, pi, s, I, s, V);
        // Z3 = (Z1 + H)^2 - Z1Z1 - HH
        f.add(p, pi + 2 * n, s, H, s, T);
        f.square(s, T, s, T);
        f.sub(s, T, s, Z1Z1, s, T);
        f.sub(s, T, s, HH, r, ri + 2 * n);
        // Y1 J needed before r overwrites p
        f.mul(p, pi + n, s, J, s, T);
        f.dbl(s, T, s, T);
        // X3 = R^2 - J - 2V
        f.square(s, R, s, HH);
        f.sub(s, HH, s, J, s, HH);
        f.sub(s, HH, s, V, s, HH);
        f.sub(s, HH, s, V, r, ri);
        // Y3 = R (V - X3) - 2 Y1 J
        f.sub(s, V, r, ri, s, V);
        f.mul(s, R, s, V, s, V);
        f.sub(s, V, s, T, r, ri + n);
    }

    public void negJacobian(long[] p, int pi, long[] r, int ri) {
        f.copy(p, pi, r, ri);
        f.neg(p, pi + n, r, ri + n);
        f.copy(p, pi + 2 * n, r, ri + 2 * n);
    }

    public void copyJacobian(long[] p, int pi, long[] r, int ri) {
        System.arraycopy(p, pi, r, ri, 3 * n);
    }

    /** Equality of Jacobian points without normalising: X1 Z2^2 = X2 Z1^2 and Y1 Z2^3 = Y2 Z1^3. */
    public boolean equal(long[] p, int pi, long[] q, int qi) {
        boolean pInf = isInfinity(p, pi), qInf = isInfinity(q, qi);
        if (pInf || qInf) {
            return pInf == qInf;
        }
        long[] t = new long[6 * n];
        f.square(p, pi + 2 * n, t, 0);
        f.square(q, qi + 2 * n, t, n);
        f.mul(p, pi, t, n, t, 2 * n);
        f.mul(q, qi, t, 0, t, 3 * n);
        if (!f.equal(t, 2 * n, t, 3 * n)) {
            return false;
        }
        f.mul(t, 0, p, pi + 2 * n, t, 0);
        f.mul(t, n, q, qi + 2 * n, t, n);
        f.mul(p, pi + n, t, n, t, 4 * n);
        f.mul(q, qi + n, t, 0, t, 5 * n);
        return f.equal(t, 4 * n, t, 5 * n);
    }

    /**
     * r = k p for a PUBLIC non-negative k (circuit coefficients, curve constants): left-to-right
     * double-and-add over k's bit length, so the time depends on k. r may alias p.
     */
    public void multiplyVartime(long[] p, int pi, java.math.BigInteger k, long[] r, int ri) {
        long[] base = new long[3 * n], acc = new long[3 * n];
        copyJacobian(p, pi, base, 0);
        setInfinity(acc, 0);
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            dbl(acc, 0, acc, 0);
            if (k.testBit(i)) {
                add(acc, 0, base, 0, acc, 0);
            }
        }
        copyJacobian(acc, 0, r, ri);
    }

    /**
     * r (Jacobian) = k a for an affine point a and a PUBLIC scalar k given as 4 canonical little-endian
     * limbs at ki: left-to-right doubling and mixed addition over k's bit length (time depends on k).
     */
    public void multiplyAffineVartime(long[] a, int ai, long[] k, int ki, long[] r, int ri) {
        setInfinity(r, ri);
        for (int i = 255; i >= 0; i--) {
            if (!isInfinity(r, ri)) {
                dbl(r, ri, r, ri);
            }
            if (((k[ki + (i >>> 6)] >>> (i & 63)) & 1L) != 0) {
                addMixed(r, ri, a, ai, r, ri);
            }
        }
    }

    /**
     * r = k p for a scalar given as 4 little-endian limbs (canonical, not Montgomery): one doubling
     * and one addition per bit whatever the bit, the result picked by a mask, so the sequence of
     * group operations does not depend on the scalar (the addition formula still branches on its
     * exceptional cases, infinity and equal points).
     */
    public void scalarMul(long[] p, int pi, long[] k, long[] r, int ri) {
        int js = 3 * n;
        long[] acc = new long[js];
        long[] sum = new long[js];
        long[] base = new long[js];
        copyJacobian(p, pi, base, 0);
        setInfinity(acc, 0);
        for (int i = 255; i >= 0; i--) {
            dbl(acc, 0, acc, 0);
            add(acc, 0, base, 0, sum, 0);
            long mask = -((k[i >>> 6] >>> (i & 63)) & 1L);
            for (int j = 0; j < js; j++) {
                acc[j] = (sum[j] & mask) | (acc[j] & ~mask);
            }
        }
        copyJacobian(acc, 0, r, ri);
    }
}
