package io.aitbc.service.zkml;

import io.aitbc.domain.shared.Caller;
import io.aitbc.model.zkml.BuildStep;
import jakarta.ejb.Local;
import java.time.Instant;

/**
 * zkML circuits of model versions: a version registered for zkML gets its circuit built by the restartable batch job
 * {@code circuit-build} (one batch step per {@link BuildStep}, each a checkpoint: a restarted job skips what is done);
 * its state, progress and facts (constraints, domain, powers of tau) are readable with the version.
 */
@Local
public interface ZkCircuitService {

    /** Queues the build of a version's circuit; returns the job id (409 while building or ready). */
    long scheduleBuild(long versionId);

    /** The owner (or an admin) asks for a failed build to be tried again; returns the new job's id. */
    long rebuild(Caller caller, long modelId, Integer versionNumber);

    /**
     * Runs one build step of the job (its batch step). Records progress after it; on failure records the reason on
     * the version and rethrows.
     *
     * @param executionStart when the running batch execution began (ETA from this execution's speed)
     * @param fractionAtStart the work already done when it began (steps completed by earlier executions)
     */
    void runStep(long jobId, BuildStep step, Instant executionStart, double fractionAtStart);

    /** The fraction of a build done once {@code step} has finished (steps weigh by their typical cost). */
    static double fractionAfter(BuildStep step) {
        return switch (step) {
            case GENERATE -> 0.02;
            case COMPILE -> 0.45;
            case SETUP -> 0.98;
            case PUBLISH -> 1.0;
        };
    }

    /** Circuit status, progress and facts of a version (latest if {@code versionNumber} is null). */
    CircuitView circuit(long modelId, Integer versionNumber);

    /** The verification key (snarkjs JSON) of a version whose circuit is ready (409 otherwise). */
    String verificationKey(long modelId, Integer versionNumber);
}
