package io.aitbc.service.hybrid;

import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.model.hybrid.EncryptedInput;
import io.aitbc.model.hybrid.HybridModel;
import io.aitbc.model.hybrid.HybridParameters;
import io.aitbc.model.hybrid.HybridProfile;
import io.aitbc.model.ir.Model;
import jakarta.ejb.Local;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The server's proofs of hybrid inference (docs/HYBRID.md): key proofs checked at key registration, input proofs
 * checked before anything is computed, and the evaluation proof produced with the re-randomized, flooded result.
 * Refusals are the library's exceptions ({@link io.aitbc.model.hybrid.HybridFormatException} for malformed bytes,
 * {@link io.aitbc.model.hybrid.HybridProofException} for a proof that does not verify, IllegalArgumentException
 * for a model the protocol does not cover); callers turn them into the API's 422. Configuration:
 * {@code aitbc.hybrid.parameter-set}, {@code aitbc.hybrid.ptau}, {@code aitbc.hybrid.circuit-store}.
 */
@Local
public interface HybridProofGenerator {

    HybridParameters parameters();

    /** The hybrid form of a registered model (see {@link HybridEngine#model}). */
    HybridModel model(Model registered);

    /**
     * The profile clients fetch, once the model's circuits are built; empty while they are being built (the first
     * call starts the build in the background: minutes at N = 8192, so never inside a request).
     */
    Optional<HybridProfile> profile(HybridModel model);

    /** A built circuit's file, by the names a profile gives. */
    Optional<Path> circuitFile(String circuit, HybridEngine.CircuitFile file);

    /** Parses a public key and verifies its key proof; returns the key. */
    PublicKey requireRegistrable(byte[] publicKey, byte[] keyProof);

    /** Parses a registered public key. */
    PublicKey publicKey(byte[] registered);

    /** Parses an input (ciphertext + input proof) and verifies the proof against the registered key. */
    EncryptedInput requireValidInput(HybridModel model, PublicKey registeredKey, byte[] input);

    /** Verifies the input again, evaluates, re-randomizes, floods and proves: the result message (HybridCodec). */
    byte[] evaluate(HybridModel model, PublicKey registeredKey, byte[] input);
}
