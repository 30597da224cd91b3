package io.aitbc.batch.zkml;

import io.aitbc.batch.common.JobSteps;
import io.aitbc.service.jobs.JobTracker;
import io.aitbc.service.zkml.ZkProofService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One step of a zkml inference (batch step property {@code step}): {@code prove} (witness + Groth16 proof, stored
 * with the result and the job's checkpoint), {@code verify} (the stored proof, outcome recorded), {@code finish}, and
 * {@code anchor} (on chain, when the server is configured for it; failures are recorded on the proof).
 */
@Named("zkmlInferenceStep")
@Dependent
public class ZkmlInferenceStep extends AbstractBatchlet {

    @Inject
    JobContext jobContext;

    @Inject
    @BatchProperty(name = "step")
    String step;

    @Inject
    JobTracker tracker;

    @Inject
    ZkProofService proofs;

    @Override
    public String process() {
        long jobId = JobSteps.jobId(jobContext);
        if ("anchor".equals(step)) { // after finish: the job is done, its proof may still be anchored
            proofs.anchorJobProof(jobId);
            return "COMPLETED";
        }
        if (tracker.begin(jobId, jobContext.getExecutionId()).finished()) {
            return "COMPLETED"; // finished before a crash interrupted its execution
        }
        switch (step) {
            case "prove" -> proofs.prove(jobId);
            case "verify" -> proofs.verifyJobProof(jobId);
            case "finish" -> proofs.finish(jobId);
            default -> throw new IllegalArgumentException("unknown zkml step " + step);
        }
        return "COMPLETED";
    }
}
