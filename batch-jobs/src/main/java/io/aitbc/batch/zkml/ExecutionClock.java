package io.aitbc.batch.zkml;

import io.aitbc.model.zkml.BuildStep;
import io.aitbc.service.zkml.ZkCircuitService;
import jakarta.batch.runtime.context.JobContext;
import java.time.Instant;

/**
 * When this batch execution began and how much of the build was done then (for the ETA: a resumed build is judged
 * by its current speed). Kept in the execution's transient data: the first step it runs sets it.
 */
record ExecutionClock(Instant start, double fractionAtStart) {

    static ExecutionClock of(JobContext job, BuildStep firstStepRun) {
        if (job.getTransientUserData() instanceof ExecutionClock c) {
            return c;
        }
        double done = firstStepRun.ordinal() == 0 ? 0
                : ZkCircuitService.fractionAfter(BuildStep.values()[firstStepRun.ordinal() - 1]);
        ExecutionClock c = new ExecutionClock(Instant.now(), done);
        job.setTransientUserData(c);
        return c;
    }
}
