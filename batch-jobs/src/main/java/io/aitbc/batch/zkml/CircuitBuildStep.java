package io.aitbc.batch.zkml;

import io.aitbc.batch.common.PlatformJobStep;
import io.aitbc.model.zkml.BuildStep;
import io.aitbc.service.zkml.ZkCircuitService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One step of a circuit build (its batch step property {@code step}: GENERATE, COMPILE, SETUP, PUBLISH). The batch
 * runtime does not run a completed step again after a restart, and the builder skips work whose outputs check out.
 */
@Named("circuitBuildStep")
@Dependent
public class CircuitBuildStep extends PlatformJobStep {

    @Inject
    ZkCircuitService circuits;

    /**
     * A pause before each step after the first (0: none, the default): after a completed (checkpointed) step, so that
     * the crash-recovery test can kill the server between two steps deterministically.
     */
    @Inject
    @ConfigProperty(name = "aitbc.batch.circuit.pause-between-steps-ms", defaultValue = "0")
    long pauseMillis;

    @Override
    protected void run(long jobId, String step) {
        BuildStep buildStep = BuildStep.valueOf(step);
        ExecutionClock clock = ExecutionClock.of(jobContext(), buildStep);
        if (pauseMillis > 0 && buildStep.ordinal() > 0) {
            pause();
        }
        circuits.runStep(jobId, buildStep, clock.start(), clock.fractionAtStart());
    }

    private void pause() {
        try {
            Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between two build steps", e);
        }
    }
}
