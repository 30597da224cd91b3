package io.aitbc.service.benchmark.batch;

import io.aitbc.service.benchmark.BenchmarkSteps;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Stores each measurement, refreshes the listings' figures and the job's progress. */
@Dependent
@Named("benchmarkWriter")
public class BenchmarkWriter extends AbstractItemWriter {

    @Inject
    BenchmarkRunContext run;

    @Inject
    BenchmarkSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            Measurement m = (Measurement) item;
            steps.record(run.jobId(), m.planned().name(), m.latency(), m.planned().index() + 1, m.planned().total());
        }
    }
}
