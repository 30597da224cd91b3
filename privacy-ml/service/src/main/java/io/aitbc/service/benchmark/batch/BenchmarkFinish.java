package io.aitbc.service.benchmark.batch;

import io.aitbc.service.benchmark.BenchmarkSteps;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Marks the BENCHMARK job succeeded once every planned benchmark is recorded. */
@Dependent
@Named("benchmarkFinish")
public class BenchmarkFinish extends AbstractBatchlet {

    @Inject
    BenchmarkRunContext run;

    @Inject
    BenchmarkSteps steps;

    @Override
    public String process() {
        steps.complete(run.jobId());
        return BatchStatus.COMPLETED.name();
    }
}
