package io.aitbc.zk.bn254;

import java.math.BigInteger;

/**
 * The GLV endomorphism of G1 (Gallant, Lambert, Vanstone): phi(x, y) = (beta x, y) equals lambda (x, y)
 * for a cube root of unity beta in Fp and lambda in Fr, so k P = k1 P + k2 phi(P) with
 * k = k1 + k2 lambda (mod r) and |k1|, |k2| about sqrt(r): half the doublings. The constants are
 * derived here (cube roots of unity, the pair that matches on the generator, a short lattice basis
 * by the extended Euclidean algorithm) rather than copied.
 */
public final class Glv {

    /** Bound on |k1| and |k2| (they stay below 2^128 for BN254; 2^HALF_BITS with margin). */
    public static final int HALF_BITS = 130;
    public static final BigInteger LAMBDA;
    private static final Fp BETA;
    /** Short basis vectors (a1, b1), (a2, b2) with a + b lambda = 0 mod r. */
    private static final BigInteger A1, B1, A2, B2;

    static {
        BigInteger p = Fp.MODULUS, r = Fr.MODULUS;
        Fp beta = Fp.of(primitiveCubeRoot(p));
        BigInteger lambda = primitiveCubeRoot(r);
        if (!G1Point.GENERATOR.multiply(lambda).equals(phi(G1Point.GENERATOR, beta))) {
            lambda = lambda.multiply(lambda).mod(r); // the other root belongs to this beta
        }
        LAMBDA = lambda;
        BETA = beta;
        // extended Euclid on (r, lambda): r_i = s_i r + t_i lambda; stop once r_i < sqrt(r)
        BigInteger[] rr = {r, lambda}, tt = {BigInteger.ZERO, BigInteger.ONE};
        BigInteger sqrt = r.sqrt();
        while (rr[1].compareTo(sqrt) >= 0) {
            BigInteger q = rr[0].divide(rr[1]);
            BigInteger rNext = rr[0].subtract(q.multiply(rr[1])), tNext = tt[0].subtract(q.multiply(tt[1]));
            rr = new BigInteger[] {rr[1], rNext};
            tt = new BigInteger[] {tt[1], tNext};
        }
        // rr[1] < sqrt(r) <= rr[0]: v1 = (rr[1], -tt[1]); v2 the shorter of (rr[0], -tt[0]) and the next one
        A1 = rr[1];
        B1 = tt[1].negate();
        BigInteger q = rr[0].divide(rr[1]);
        BigInteger rNext = rr[0].subtract(q.multiply(rr[1])), tNext = tt[0].subtract(q.multiply(tt[1]));
        BigInteger l0 = rr[0].pow(2).add(tt[0].pow(2)), l2 = rNext.pow(2).add(tNext.pow(2));
        if (l0.compareTo(l2) <= 0) {
            A2 = rr[0];
            B2 = tt[0].negate();
        } else {
            A2 = rNext;
            B2 = tNext.negate();
        }
    }

    private Glv() {
    }

    private static BigInteger primitiveCubeRoot(BigInteger m) {
        BigInteger e = m.subtract(BigInteger.ONE).divide(BigInteger.valueOf(3));
        for (int g = 2; ; g++) {
            BigInteger z = BigInteger.valueOf(g).modPow(e, m);
            if (!z.equals(BigInteger.ONE)) {
                return z;
            }
        }
    }

    private static G1Point phi(G1Point p, Fp beta) {
        return p.isInfinity() ? p : G1Point.of(p.x().mul(beta), p.y());
    }

    /** phi(P) = (beta x, y). */
    public static G1Point phi(G1Point p) {
        return phi(p, BETA);
    }

    /** Writes beta's Montgomery limbs (to map affine limbs: x' = beta x). */
    public static void betaLimbs(long[] dst, int off) {
        BETA.copyMontgomeryTo(dst, off);
    }

    /** {k1, k2} with k = k1 + k2 lambda (mod r) and |k1|, |k2| &lt; 2^HALF_BITS. */
    public static BigInteger[] split(BigInteger k) {
        BigInteger r = Fr.MODULUS;
        BigInteger c1 = roundedDiv(B2.multiply(k), r), c2 = roundedDiv(B1.multiply(k).negate(), r);
        BigInteger k1 = k.subtract(c1.multiply(A1)).subtract(c2.multiply(A2));
        BigInteger k2 = c1.multiply(B1).add(c2.multiply(B2)).negate();
        if (k1.abs().bitLength() > HALF_BITS || k2.abs().bitLength() > HALF_BITS) {
            throw new IllegalStateException("GLV split out of bounds");
        }
        return new BigInteger[] {k1, k2};
    }

    /** round(a / b) for b &gt; 0. */
    private static BigInteger roundedDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.shiftLeft(1).add(b).divideAndRemainder(b.shiftLeft(1));
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }
}
