package io.aitbc.service.benchmark.batch;

import io.aitbc.service.benchmark.BenchmarkService;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The BENCHMARK job a benchmark-run execution works on (its {@code jobId} parameter). */
@Dependent
public class BenchmarkRunContext {

    @Inject
    JobContext job;

    long jobId() {
        String id = BatchRuntime.getJobOperator().getParameters(job.getExecutionId()).getProperty(BenchmarkService.JOB_ID);
        if (id == null) {
            throw new IllegalStateException(BenchmarkService.BATCH_JOB + " needs the parameter " + BenchmarkService.JOB_ID);
        }
        return Long.parseLong(id);
    }

    long executionId() {
        return job.getExecutionId();
    }
}
