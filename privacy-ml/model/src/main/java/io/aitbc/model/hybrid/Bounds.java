package io.aitbc.model.hybrid;

import io.aitbc.zk.bn254.Fr;
import java.math.BigInteger;

/** Integer bounds of the ring identities (docs/HYBRID.md §2-3). */
final class Bounds {

    private Bounds() {
    }

    /** The smallest b such that every |x| <= maxAbs lies in [-2^(b-1), 2^(b-1)). */
    static int signedBits(BigInteger maxAbs) {
        return maxAbs.bitLength() + 1;
    }

    /** Largest magnitude of a centered residue modulo Q: (Q - 1) / 2 (Q is odd). */
    static BigInteger halfQ(HybridParameters params) {
        return params.q().subtract(BigInteger.ONE).shiftRight(1);
    }

    /** Largest |e| the proofs accept for a noise coefficient. */
    static BigInteger noise() {
        return BigInteger.ONE.shiftLeft(HybridParameters.NOISE_BITS - 1);
    }

    /**
     * The quotient bound of target = sum P_r w_r + small + Q k with centered P_r, |target| <= Q/2, where the
     * w_r have l1 norm at most {@code witnessNorm} in all and |small| <= {@code small}: |k| <= that sum / Q.
     */
    static int quotientBits(HybridParameters params, BigInteger witnessNorm, BigInteger small) {
        BigInteger total = halfQ(params).multiply(witnessNorm.add(BigInteger.ONE)).add(small);
        int bits = signedBits(total.divide(params.q()).add(BigInteger.ONE));
        // Every coefficient of the identity stays below Q 2^bits < p/2: field and integer identities agree.
        if (params.q().shiftLeft(bits + 2).compareTo(Fr.MODULUS) >= 0) {
            throw new IllegalArgumentException("Q 2^" + bits + " is too close to the field order");
        }
        return bits;
    }
}
