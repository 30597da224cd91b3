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
     * Square of an element of the cyclotomic subgroup (as the easy part of the final exponentiation,
     * f^((p^6 - 1)(p^2 + 1)), leaves it), by Granger and Scott's formulas: nine Fp2 squarings instead
     * of a generic Fp12 squaring. With x0..x5 = (c0.c0, c0.c1, c0.c2, c1.c0, c1.c1, c1.c2):
     * z0 = 3(x0^2 + xi x4^2) - 2 x0, z1 = 3(x3^2 + xi x2^2) - 2 x1, z2 = 3(x1^2 + xi x5^2) - 2 x2,
     * z3 = 6 xi x1 x5 + 2 x3, z4 = 6 x0 x4 + 2 x4, z5 = 6 x2 x3 + 2 x5. Wrong for other elements.
     */
    public Fp12 cyclotomicSquare() {
        Fp2 x0 = c0.c0(), x1 = c0.c1(), x2 = c0.c2(), x3 = c1.c0(), x4 = c1.c1(), x5 = c1.c2();
        Fp2 s0 = x0.square(), s4 = x4.square(), s3 = x3.square(), s2 = x2.square(), s1 = x1.square(), s5 = x5.square();
        // 2 x0 x4, 2 x2 x3, 2 xi x1 x5 from squares of sums
        Fp2 p04 = x0.add(x4).square().sub(s0).sub(s4);
        Fp2 p23 = x2.add(x3).square().sub(s2).sub(s3);
        Fp2 p15 = x1.add(x5).square().sub(s1).sub(s5).mulByXi();
        Fp2 a = s0.add(s4.mulByXi()), b = s3.add(s2.mulByXi()), c = s1.add(s5.mulByXi());
        return new Fp12(
                new Fp6(threeMinusTwo(a, x0), threeMinusTwo(b, x1), threeMinusTwo(c, x2)),
                new Fp6(threePlusTwo(p15, x3), threePlusTwo(p04, x4), threePlusTwo(p23, x5)));
    }

    /** 3t - 2x. */
    private static Fp2 threeMinusTwo(Fp2 t, Fp2 x) {
        return t.sub(x).dbl().add(t);
    }

    /** 3t + 2x. */
    private static Fp2 threePlusTwo(Fp2 t, Fp2 x) {
        return t.add(x).dbl().add(t);
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
