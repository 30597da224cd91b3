package io.aitbc.model.hybrid;

import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.zk.formats.PublicSignals;
import io.aitbc.zk.formats.VerificationKey;
import io.aitbc.zk.groth16.Groth16Verifier;

/**
 * Client side: accepts a result only if its evaluation proof verifies for the client's own key and input
 * ciphertext, the model commitment and architecture hash the client expects (marketplace or registry), and
 * the verification key of that model's evaluation circuit. Thread-safe.
 */
public final class EvaluationVerifier {

    private final HybridParameters params;
    private final ModelSpec spec;
    private final Groth16Verifier verifier;

    public EvaluationVerifier(HybridParameters params, ModelSpec spec, VerificationKey vk) {
        new EvalRelation(params, spec); // validates the layout and bounds as the prover did
        this.params = params;
        this.spec = spec;
        this.verifier = new Groth16Verifier(vk);
    }

    /** Throws {@link HybridProofException} with the reason unless the result is accepted. */
    public void requireValid(PublicKey pk, EncryptedInput sent, EncryptedResult result) {
        result.requireWellFormed(params, spec);
        if (!result.keyId().equals(pk.keyId())) throw new HybridProofException("the result is for another key");
        CiphertextIntegers in;
        PublicKeyIntegers key;
        try {
            key = new PublicKeyIntegers(params, pk);
            in = new CiphertextIntegers(params, key, sent.ciphertext());
        } catch (RuntimeException e) {
            throw new HybridProofException("the input ciphertext does not fit the key: " + e.getMessage(), e);
        }
        EvalStatement statement = new EvalStatement(params, spec, key, in, result.c1(), result.beta(), result.proof().commitment());
        if (!verifier.verify(PublicSignals.ofIntegers(statement.publicSignals()), result.proof().proof())) {
            throw new HybridProofException("the evaluation proof does not verify for this input, result and model commitment");
        }
    }

    public boolean verify(PublicKey pk, EncryptedInput sent, EncryptedResult result) {
        try {
            requireValid(pk, sent, result);
            return true;
        } catch (HybridProofException e) {
            return false;
        }
    }

}
