package io.aitbc.service.encoding;

import io.aitbc.domain.shared.Caller;
import jakarta.ejb.Local;
import java.time.Instant;

/**
 * The encoding of model versions by the restartable batch job {@code model-encoding}, queued when a version is
 * registered: {@code seal} opens the sealed weights, checks them against the registered SHA-256 and re-wraps their
 * data key under the current key-encryption key if needed; {@code prepare} builds the version's FHE network from its
 * stored profile (the packing plan; a profile this server's compiler no longer reproduces fails here, with the
 * reason, before any consumer's job) and encodes the plaintexts of each packed linear layer into the network this
 * server caches for inference (one chunk per layer, with progress); {@code finish} marks the version ready. The first
 * inference then neither builds nor encodes. State, progress and failure reason are readable with the version.
 *
 * <p>The plaintexts are not stored: sealed at rest, loading them was measured slower than encoding them again.
 */
@Local
public interface ModelEncodingService {

    /** Share of the job done once the weights are sealed (the plaintexts take the rest). */
    double SEALED = 0.05;

    /** Queues the encoding of a version; returns the job id (409 while it is being encoded). */
    long schedule(long versionId);

    /** The owner (or an admin) asks for the encoding again (after a failure, or after a key rotation). */
    long reencode(Caller caller, long modelId, Integer versionNumber);

    /** The {@code seal} step; records progress, and the reason on the version if it fails. */
    void seal(long jobId, Instant executionStart);

    /** Opens the {@code prepare} step: the version's network as this server caches it (built now if it is not). */
    EncodingRun open(long jobId);

    /** Encodes the run's next layer's plaintexts (outside any transaction: seconds for a large layer). */
    void prepareNext(EncodingRun run);

    /** Records the job's progress after a layer, in the caller's (chunk) transaction. */
    void layerDone(EncodingRun run);

    /**
     * The batch job ended without success (failed or stopped): the version records the job's reason unless a step
     * recorded one already (a failure at a chunk's commit is seen only here).
     */
    void jobEnded(long jobId);

    /** The {@code finish} step: the version's encoding is ready and the job complete (once). */
    void finish(long jobId);

    /** Encoding state, progress and figures of a version (latest if {@code versionNumber} is null). */
    EncodingView encoding(long modelId, Integer versionNumber);
}
