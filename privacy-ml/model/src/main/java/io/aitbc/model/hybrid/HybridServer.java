package io.aitbc.model.hybrid;

import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.zk.formats.VerificationKey;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * The model owner's side of hybrid inference for one model (docs/HYBRID.md §5), for the services layer:
 * key registration is accepted only with a valid key proof, and an input is evaluated only after its input
 * proof verifies ({@link HybridProofException} otherwise: REST 422, nothing computed). The result is
 * re-randomized, flooded and proven. Thread-safe apart from proving, which serializes per circuit.
 */
public final class HybridServer {

    private final HybridModel model;
    private final KeyVerifier keyVerifier;
    private final InputVerifier inputVerifier;
    private final EvaluationProver prover;
    private final SecureRandom random;

    /**
     * @param keyKey       verification key of {@link KeyProver#circuitFor}
     * @param inputKey     verification key of {@link InputProver#circuitFor} for this model's input
     * @param evalCircuit  proving circuit of {@link EvaluationProver#circuitFor} for this model
     */
    public HybridServer(HybridParameters params, HybridModel model, VerificationKey keyKey, VerificationKey inputKey,
                        ProvingCircuit evalCircuit, SecureRandom random) {
        this.model = model;
        this.keyVerifier = new KeyVerifier(params, keyKey);
        this.inputVerifier = new InputVerifier(params, model.spec().inputs(), model.spec().inputRange(), inputKey);
        this.prover = new EvaluationProver(params, model, evalCircuit);
        this.random = Objects.requireNonNull(random, "random");
    }

    public ModelSpec spec() { return model.spec(); }

    /** Throws {@link HybridProofException} unless the key proof verifies. */
    public void requireRegistrable(PublicKey pk, HybridProof keyProof) {
        if (!keyVerifier.verify(pk, keyProof)) throw new HybridProofException("the key proof does not verify for this public key");
    }

    /** Verifies the input proof (else {@link HybridProofException}), then evaluates, floods and proves. */
    public EncryptedResult infer(PublicKey registeredKey, EncryptedInput input) {
        if (input == null) throw new HybridProofException("no input proof");
        inputVerifier.requireValid(registeredKey, input);
        return prover.evaluate(registeredKey, input, random);
    }
}
