package io.aitbc.service.benchmark.batch;

import io.aitbc.service.benchmark.BenchmarkSteps;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A failed measurement fails the BENCHMARK job with the reason. */
@Dependent
@Named("benchmarkStepListener")
public class BenchmarkStepListener extends AbstractStepListener {

    @Inject
    BenchmarkRunContext run;

    @Inject
    StepContext step;

    @Inject
    BenchmarkSteps steps;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            steps.fail(run.jobId(), "benchmark failed: " + root);
        }
    }
}
