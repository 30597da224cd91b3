package io.aitbc.zk.bn254;

import java.math.BigInteger;

/**
 * Immutable c0 + c1 w in Fp12 = Fp6[w]/(w^2 - v), the target group's field. Layout and coefficient
 * order match snarkjs's {@code vk_alphabeta_12} ([[c0.c0, c0.c1, c0.c2], [c1.c0, c1.c1, c1.c2]]).
 */
public record Fp12(Fp6 c0, Fp6 c1) {

    public static final Fp12 ONE = new Fp12(Fp6.ONE, Fp6.ZERO);

    /** gamma[e] = xi^(e (p - 1) / 6): (c w^e)^p = conj(c) w^e gamma[e]. */
    private static final Fp2[] FROBENIUS = new Fp2[6];

    static {
        BigInteger sixth = Fp.MODULUS.subtract(BigInteger.ONE).divide(BigInteger.valueOf(6));
        for (int e = 0; e < 6; e++) {
            FROBENIUS[e] = Fp2.XI.pow(sixth.multiply(BigInteger.valueOf(e)));
        }
    }

    public Fp12 mul(Fp12 o) {
        Fp6 t0 = c0.mul(o.c0), t1 = c1.mul(o.c1);
        return new Fp12(t0.add(t1.mulByV()), c0.add(c1).mul(o.c0.add(o.c1)).sub(t0).sub(t1));
    }

    public Fp12 square() {
        Fp6 ab = c0.mul(c1);
        Fp6 r0 = c0.add(c1).mul(c0.add(c1.mulByV())).sub(ab).sub(ab.mulByV());
        return new Fp12(r0, ab.add(ab));
    }

    /**
     * Multiplication by the sparse element (ell0, 0, ellVV) + (0, ellVW, 0) w that a Miller-loop line
     * evaluates to (D-type twist).
     */
    Fp12 mulByLine(Fp2 ell0, Fp2 ellVW, Fp2 ellVV) {
        Fp6 a0 = c0, a1 = c1;
        // b0 = (ell0, 0, ellVV), b1 = (0, ellVW, 0)
        Fp6 t0 = mulBy02(a0, ell0, ellVV);
        Fp6 t1 = mulBy1(a1, ellVW);
        Fp6 sum = mulBy012(a0.add(a1), ell0, ellVW, ellVV);
        return new Fp12(t0.add(t1.mulByV()), sum.sub(t0).sub(t1));
    }

    private static Fp6 mulBy02(Fp6 a, Fp2 b0, Fp2 b2) {
        // (a0 + a1 v + a2 v^2)(b0 + b2 v^2) = a0 b0 + xi(a1 b2) + (a1 b0 + xi a2 b2) v + (a0 b2 + a2 b0) v^2
        return new Fp6(a.c0().mul(b0).add(a.c1().mul(b2).mulByXi()),
                a.c1().mul(b0).add(a.c2().mul(b2).mulByXi()),
                a.c0().mul(b2).add(a.c2().mul(b0)));
    }

    private static Fp6 mulBy1(Fp6 a, Fp2 b1) {
        // (a0 + a1 v + a2 v^2) b1 v = xi a2 b1 + a0 b1 v + a1 b1 v^2
        return new Fp6(a.c2().mul(b1).mulByXi(), a.c0().mul(b1), a.c1().mul(b1));
    }

    private static Fp6 mulBy012(Fp6 a, Fp2 b0, Fp2 b1, Fp2 b2) {
        return a.mul(new Fp6(b0, b1, b2));
    }

    /** f^(p^6), which is the inverse for elements of the cyclotomic subgroup. */
    public Fp12 conjugate() {
        return new Fp12(c0, c1.neg());
    }

    public Fp12 inverse() {
        Fp6 t = c0.square().sub(c1.square().mulByV());
        Fp6 ti = t.inverse();
        return new Fp12(c0.mul(ti), c1.mul(ti).neg());
    }

    /** f^p. */
    public Fp12 frobenius() {
        // coefficient of w^e: c0.c_i has e = 2i, c1.c_i has e = 2i + 1
        return new Fp12(
                new Fp6(c0.c0().conjugate(), c0.c1().conjugate().mul(FROBENIUS[2]), c0.c2().conjugate().mul(FROBENIUS[4])),
                new Fp6(c1.c0().conjugate().mul(FROBENIUS[1]), c1.c1().conjugate().mul(FROBENIUS[3]),
                        c1.c2().conjugate().mul(FROBENIUS[5])));
    }

    public Fp12 frobenius(int times) {
        Fp12 r = this;
        for (int i = 0; i < times; i++) {
            r = r.frobenius();
        }
        return r;
    }

    public Fp12 pow(BigInteger e) {
        Fp12 r = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            r = r.square();
            if (e.testBit(i)) {
                r = r.mul(this);
            }
        }
        return r;
    }

    public boolean isOne() {
        return equals(ONE);
    }
}
