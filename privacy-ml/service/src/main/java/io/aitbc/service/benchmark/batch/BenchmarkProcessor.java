package io.aitbc.service.benchmark.batch;

import io.aitbc.service.benchmark.BenchmarkSteps;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Measures one benchmark (outside any transaction: it may take minutes). */
@Dependent
@Named("benchmarkProcessor")
public class BenchmarkProcessor implements ItemProcessor {

    @Inject
    BenchmarkRunContext run;

    @Inject
    BenchmarkSteps steps;

    @Override
    public Object processItem(Object item) {
        PlannedBenchmark planned = (PlannedBenchmark) item;
        return new Measurement(planned, steps.measure(run.jobId(), planned.name()));
    }
}
