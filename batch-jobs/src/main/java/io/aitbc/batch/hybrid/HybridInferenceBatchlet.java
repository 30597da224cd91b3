package io.aitbc.batch.hybrid;

import io.aitbc.batch.common.JobSteps;
import io.aitbc.service.hybrid.HybridInferenceService;
import io.aitbc.service.jobs.ComputeSlots;
import io.aitbc.service.jobs.JobTracker;
import io.aitbc.service.jobs.ProgressUpdate;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The hybrid-inference step: evaluate and prove (no transaction held), then store the result and complete the job. */
@Named("hybridInferenceBatchlet")
@Dependent
public class HybridInferenceBatchlet extends AbstractBatchlet {

    @Inject
    JobContext jobContext;

    @Inject
    JobTracker tracker;

    @Inject
    HybridInferenceService hybrid;

    @Inject
    ComputeSlots slots;

    @Override
    public String process() {
        long id = JobSteps.jobId(jobContext);
        if (tracker.begin(id, jobContext.getExecutionId()).finished()) {
            return "COMPLETED";
        }
        byte[] result = slots.run(id, new ProgressUpdate(0.01, "queued: waiting for a free prover", null), () -> {
            tracker.progress(id, new ProgressUpdate(0.05, "verifying the input proof, evaluating, flooding and proving", null));
            return hybrid.evaluate(id);
        });
        hybrid.complete(id, result);
        return "COMPLETED";
    }
}
