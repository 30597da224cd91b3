package io.aitbc.service.benchmark;

import io.aitbc.domain.benchmark.BenchmarkRepository;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import io.aitbc.service.jobs.InferenceJobService;
import io.aitbc.service.jobs.JobView;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

@Stateless
public class DefaultBenchmarkService implements BenchmarkService {

    @Inject
    BenchmarkQueue queue;

    @Inject
    InferenceJobService jobViews;

    @Inject
    BenchmarkRepository results;

    @Inject
    BenchmarkSteps steps;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<JobView> startRun(Caller caller, Long modelIdOrNull) {
        // The jobs commit first (queue), so the batch job, which runs on its own thread, finds them.
        List<Long> queued = queue.queue(caller, modelIdOrNull);
        List<JobView> started = new ArrayList<>();
        for (long jobId : queued) {
            Properties parameters = new Properties();
            parameters.setProperty(JOB_ID, Long.toString(jobId));
            BatchRuntime.getJobOperator().start(BATCH_JOB, parameters);
            started.add(jobViews.get(caller, jobId));
        }
        return started;
    }

    @Override
    public Page<BenchmarkView> results(Long modelIdOrNull, String benchmarkOrNull, PageRequest page) {
        return results.list(modelIdOrNull, benchmarkOrNull, page).map(BenchmarkView::of);
    }

    @Override
    public List<String> benchmarks() {
        return steps.all().stream().map(ModelBenchmark::name).toList();
    }
}
