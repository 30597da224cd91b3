package io.aitbc.batch.zkml;

import io.aitbc.batch.common.JobSteps;
import io.aitbc.model.zkml.BuildStep;
import io.aitbc.service.jobs.JobState;
import io.aitbc.service.jobs.JobTracker;
import io.aitbc.service.zkml.ZkCircuitService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One step of a circuit build (its batch step property {@code step}: GENERATE, COMPILE, SETUP, PUBLISH). The batch
 * runtime does not run a completed step again after a restart, and the builder skips work whose outputs check out.
 */
@Named("circuitBuildStep")
@Dependent
public class CircuitBuildStep extends AbstractBatchlet {

    @Inject
    JobContext jobContext;

    @Inject
    @BatchProperty(name = "step")
    String step;

    @Inject
    JobTracker tracker;

    @Inject
    ZkCircuitService circuits;

    @Override
    public String process() {
        long jobId = JobSteps.jobId(jobContext);
        JobState state = tracker.begin(jobId, jobContext.getExecutionId());
        if (state.finished()) {
            return "COMPLETED"; // finished before a crash interrupted its execution
        }
        BuildStep buildStep = BuildStep.valueOf(step);
        ExecutionClock clock = ExecutionClock.of(jobContext, buildStep);
        circuits.runStep(jobId, buildStep, clock.start(), clock.fractionAtStart());
        return "COMPLETED";
    }
}
