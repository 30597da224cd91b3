package io.aitbc.zk.bn254;

import java.math.BigInteger;

/** Constants of BN254 (alt_bn128): G1: y^2 = x^3 + 3 over Fp; G2: y^2 = x^3 + 3/(9 + u) over Fp2. */
public final class Curves {

    /** Order r of G1, G2 and GT (= the modulus of Fr). */
    public static final BigInteger ORDER = Fr.MODULUS;

    static final long[] G1_B = new long[4];
    static final long[] G2_B = new long[8];

    static {
        Fp.of(3).copyMontgomeryTo(G1_B, 0);
        Fp2.ONE.mul(Fp.of(3)).mul(Fp2.XI.inverse()).writeTo(G2_B, 0);
    }

    /**
     * Constants of the untwist-Frobenius-twist endomorphism psi(x, y) = (conj(x) PSI_X, conj(y) PSI_Y)
     * of G2: PSI_X = xi^((p-1)/3), PSI_Y = xi^((p-1)/2).
     */
    static final Fp2 PSI_X = Fp2.XI.pow(Fp.MODULUS.subtract(BigInteger.ONE).divide(BigInteger.valueOf(3)));
    static final Fp2 PSI_Y = Fp2.XI.pow(Fp.MODULUS.subtract(BigInteger.ONE).divide(BigInteger.TWO));
    /** The BN parameter x (u) of BN254. */
    static final BigInteger BN_X = new BigInteger("4965661367192848881");

    private Curves() {
    }

    /** Fresh per-thread arithmetic for G1 on raw limbs. */
    public static JacobianOps g1Ops() {
        return new JacobianOps(PrimeFieldOps.FP, G1_B);
    }

    /** Fresh per-thread arithmetic for G2 on raw limbs. */
    public static JacobianOps g2Ops() {
        return new JacobianOps(Fp2Ops.create(), G2_B);
    }

    /** The twist coefficient b' = 3 / (9 + u). */
    public static Fp2 twistB() {
        return Fp2.readFrom(G2_B, 0);
    }
}
