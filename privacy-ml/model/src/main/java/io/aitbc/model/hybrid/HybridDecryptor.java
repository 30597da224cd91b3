package io.aitbc.model.hybrid;

import io.aitbc.fhe.rlwe.SecretKey;
import java.math.BigInteger;

/**
 * Client side: decrypts the accumulators of a result. Output i has phase beta_i + (c1' s)_{P_i} mod Q =
 * Delta acc_i + noise, and acc_i = round(t phase / Q), centered modulo t. Decryption does not check the proof:
 * verify with {@link EvaluationVerifier} first unless the caller chose to skip it.
 */
public final class HybridDecryptor {

    private final HybridParameters params;
    private final SecretKey sk;

    public HybridDecryptor(HybridParameters params, SecretKey sk) {
        if (!sk.params().id().equals(params.bfv().id())) throw new IllegalArgumentException("the secret key belongs to another parameter set");
        this.params = params;
        this.sk = sk;
    }

    public long[] accumulators(EncryptedResult result, ModelSpec spec) {
        result.requireWellFormed(params, spec);
        if (!result.keyId().equals(sk.keyId())) throw new HybridProofException("the result is for another key");
        int n = params.n();
        BigInteger q = params.q(), t = params.t();
        BigInteger[] c1s = new ExactMultiplier(n, q.bitLength(), 1).multiply(result.c1(), sk.coefficients());
        BigInteger[] beta = result.beta();
        long[] acc = new long[spec.outputs()];
        for (int i = 0; i < acc.length; i++) {
            BigInteger phase = Residues.centered(beta[i].add(c1s[spec.outputPosition(i)]), q);
            BigInteger rounded = Residues.floorDiv(phase.multiply(t).shiftLeft(1).add(q), q.shiftLeft(1));
            acc[i] = Residues.centered(rounded, t).longValueExact();
        }
        return acc;
    }

    /** The model's logits: floor(acc / 2^fW) (ZKML-SPEC). */
    public long[] logits(EncryptedResult result, ModelSpec spec) {
        return spec.logits(accumulators(result, spec));
    }
}
