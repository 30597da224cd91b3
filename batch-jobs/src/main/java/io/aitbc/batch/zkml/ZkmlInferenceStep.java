package io.aitbc.batch.zkml;

import io.aitbc.batch.common.PlatformJobStep;
import io.aitbc.service.zkml.ZkProofService;
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
public class ZkmlInferenceStep extends PlatformJobStep {

    @Inject
    ZkProofService proofs;

    @Override
    protected void run(long jobId, String step) {
        switch (step) {
            case "prove" -> proofs.prove(jobId);
            case "verify" -> proofs.verifyJobProof(jobId);
            case "finish" -> proofs.finish(jobId);
            case "anchor" -> proofs.anchorJobProof(jobId);
            default -> throw new IllegalArgumentException("unknown zkml step " + step);
        }
    }

    @Override
    protected boolean runsAfterCompletion(String step) {
        return "anchor".equals(step); // after finish: the job is done, its proof may still be anchored
    }
}
