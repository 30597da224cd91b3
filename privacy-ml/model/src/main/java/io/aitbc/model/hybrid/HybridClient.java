package io.aitbc.model.hybrid;

import io.aitbc.fhe.rlwe.KeyGenerator;
import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.fhe.rlwe.SecretKey;
import io.aitbc.zk.formats.VerificationKey;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * The consumer's side of hybrid inference (docs/HYBRID.md §5), for the CLI and SDK; the secret key never
 * leaves it:
 * <ol>
 * <li>{@link #generate} keys once and {@link #proveKey} for registration with the server;</li>
 * <li>{@link #encrypt} each input with its input proof (the server answers 422 without a valid one);</li>
 * <li>{@link #open} the result: verifies the evaluation proof against the model's commitment and
 *     verification key (from the marketplace or registry) unless verification is explicitly not required,
 *     then decrypts the logits.</li>
 * </ol>
 */
public final class HybridClient {

    /** A decrypted result: the logits (ZKML-SPEC fixed point), the predicted class, and whether proof 2 was checked. */
    public record Outcome(long[] logits, int predictedClass, boolean verified) {
        public Outcome {
            logits = logits.clone();
        }

        @Override public long[] logits() { return logits.clone(); }
    }

    private final HybridParameters params;
    private final SecretKey secretKey;
    private final PublicKey publicKey;
    private final SecureRandom random;

    public HybridClient(HybridParameters params, SecretKey secretKey, PublicKey publicKey, SecureRandom random) {
        if (!secretKey.keyId().equals(publicKey.keyId())) throw new IllegalArgumentException("the public key belongs to another secret key");
        if (!secretKey.params().id().equals(params.bfv().id())) throw new IllegalArgumentException("the keys belong to another parameter set");
        this.params = params;
        this.secretKey = secretKey;
        this.publicKey = publicKey;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Fresh keys for the parameter set. */
    public static HybridClient generate(HybridParameters params, SecureRandom random) {
        KeyGenerator kg = new KeyGenerator(params.bfv(), random);
        SecretKey sk = kg.secretKey();
        return new HybridClient(params, sk, kg.publicKey(sk), random);
    }

    public SecretKey secretKey() { return secretKey; }

    public PublicKey publicKey() { return publicKey; }

    /** The key-registration proof (circuit: {@link KeyProver#circuitFor}). */
    public HybridProof proveKey(ProvingCircuit keyCircuit) {
        return new KeyProver(params, keyCircuit).prove(secretKey, publicKey, random);
    }

    /** Encrypts a quantized input (e.g. {@code QuantizedInference.quantizeInput}) with its input proof. */
    public EncryptedInput encrypt(long[] input, ModelSpec spec, ProvingCircuit inputCircuit) {
        return new InputProver(params, spec.inputs(), spec.inputRange(), inputCircuit).encrypt(input, publicKey, random);
    }

    /**
     * Checks and decrypts a result. With {@code verificationRequired} the evaluation proof must verify under
     * {@code evaluationKey} (else {@link HybridProofException}); without it only proof 2 is skipped (the result
     * must still be for this key and parameter set).
     */
    public Outcome open(EncryptedInput sent, EncryptedResult result, ModelSpec spec, VerificationKey evaluationKey,
                        boolean verificationRequired) {
        if (verificationRequired) {
            if (evaluationKey == null) throw new IllegalArgumentException("verification required but no evaluation verification key given");
            new EvaluationVerifier(params, spec, evaluationKey).requireValid(publicKey, sent, result);
        }
        long[] logits = new HybridDecryptor(params, secretKey).logits(result, spec);
        int best = 0;
        for (int i = 1; i < logits.length; i++) {
            if (logits[i] > logits[best]) best = i;
        }
        return new Outcome(logits, best, verificationRequired);
    }
}
