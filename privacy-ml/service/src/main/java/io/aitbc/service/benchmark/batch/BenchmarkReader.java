package io.aitbc.service.benchmark.batch;

import io.aitbc.service.benchmark.BenchmarkSteps;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Reads the run's plan (the benchmarks that apply to the version); the checkpoint is the next position. */
@Dependent
@Named("benchmarkReader")
public class BenchmarkReader extends AbstractItemReader {

    @Inject
    BenchmarkRunContext run;

    @Inject
    BenchmarkSteps steps;

    private List<String> plan;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        plan = steps.begin(run.jobId(), run.executionId());
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < plan.size() ? new PlannedBenchmark(plan.get(next), next++, plan.size()) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
