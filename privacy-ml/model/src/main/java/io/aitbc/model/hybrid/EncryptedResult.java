package io.aitbc.model.hybrid;

import io.aitbc.fhe.rlwe.KeyId;
import io.aitbc.fhe.rlwe.ParametersId;
import java.math.BigInteger;
import java.util.Objects;

/**
 * What the server returns: the re-randomized c1' (all N coefficients) and c0' at the output positions only
 * (beta_i), as centered integers modulo Q, with the evaluation proof. Output i decrypts as
 * round(t (beta_i + (c1' s)_{P_i}) / Q) mod t.
 */
public record EncryptedResult(ParametersId parametersId, KeyId keyId, BigInteger[] c1, BigInteger[] beta, HybridProof proof) {

    public EncryptedResult {
        Objects.requireNonNull(parametersId, "parametersId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(proof, "proof");
        c1 = c1.clone();
        beta = beta.clone();
    }

    @Override public BigInteger[] c1() { return c1.clone(); }

    @Override public BigInteger[] beta() { return beta.clone(); }

    /** Throws unless every coefficient is a centered residue modulo Q and the sizes fit. */
    void requireWellFormed(HybridParameters params, ModelSpec spec) {
        if (!parametersId.equals(params.bfv().id())) throw new HybridProofException("the result was made for another parameter set");
        if (c1.length != params.n() || beta.length != spec.outputs()) {
            throw new HybridProofException("the result has " + c1.length + " + " + beta.length + " coefficients, expected "
                    + params.n() + " + " + spec.outputs());
        }
        BigInteger half = params.q().shiftRight(1);
        for (BigInteger[] part : new BigInteger[][] {c1, beta}) {
            for (BigInteger x : part) {
                if (x == null || x.compareTo(half) > 0 || x.compareTo(half.negate()) <= 0) {
                    throw new HybridProofException("a result coefficient is not a centered residue modulo Q");
                }
            }
        }
    }
}
