package io.aitbc.service.hybrid;

import io.aitbc.domain.shared.Caller;
import io.aitbc.service.keys.KeySetView;
import jakarta.ejb.Local;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The platform side of hybrid inference besides job submission ({@link HybridInferenceStrategy}): the profile and
 * circuit files clients fetch, key registration with a key proof, and the operations of the {@code hybrid-inference}
 * batch job (evaluate outside any transaction, then store the result).
 */
@Local
public interface HybridInferenceService {

    /**
     * The version's hybrid profile (JSON; latest version if null); 422 if the protocol does not cover the model, 409
     * while its circuits are being built (the first request starts the build).
     */
    String profileJson(long modelId, Integer versionNumber);

    /** A file ("zkey", "wasm", "verification-key") of a built circuit named by a profile; empty for anything else. */
    Optional<Path> circuitFile(String circuit, String file);

    /** Stores the caller's BFV public key if its key proof verifies (422 otherwise). */
    KeySetView registerKey(Caller consumer, byte[] publicKey, byte[] keyProof);

    /** Verifies the job's input again, evaluates, floods and proves (no transaction held): the result message. */
    byte[] evaluate(long jobId);

    /** Stores the result message and completes the job, once (a finished job is left as it is). */
    void complete(long jobId, byte[] result);
}
