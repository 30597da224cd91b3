package io.aitbc.model.hybrid;

import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.zk.formats.PublicSignals;
import io.aitbc.zk.formats.VerificationKey;
import io.aitbc.zk.groth16.Groth16Verifier;

/**
 * Server side of an inference request: nothing is computed on a ciphertext unless its input proof verifies
 * against the client's registered public key. Thread-safe.
 */
public final class InputVerifier {

    private final HybridParameters params;
    private final InputRelation relation;
    private final Groth16Verifier verifier;

    public InputVerifier(HybridParameters params, int inputs, InputRange range, VerificationKey vk) {
        this.params = params;
        this.relation = new InputRelation(params, inputs, range);
        this.verifier = new Groth16Verifier(vk);
    }

    /** Throws {@link HybridProofException} with the reason unless the input is accepted. */
    public void requireValid(PublicKey pk, EncryptedInput input) {
        CiphertextIntegers ct;
        PublicKeyIntegers key;
        try {
            key = new PublicKeyIntegers(params, pk);
            ct = new CiphertextIntegers(params, key, input.ciphertext());
        } catch (RuntimeException e) {
            throw new HybridProofException("malformed input ciphertext: " + e.getMessage(), e);
        }
        InputStatement statement = new InputStatement(params, relation, key, ct, input.proof().commitment());
        if (!verifier.verify(PublicSignals.ofIntegers(statement.publicSignals()), input.proof().proof())) {
            throw new HybridProofException("the input proof does not verify for this ciphertext and public key");
        }
    }

    public boolean verify(PublicKey pk, EncryptedInput input) {
        try {
            requireValid(pk, input);
            return true;
        } catch (HybridProofException e) {
            return false;
        }
    }
}
