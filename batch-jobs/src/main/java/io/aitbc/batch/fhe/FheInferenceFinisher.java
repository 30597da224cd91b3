package io.aitbc.batch.fhe;

import io.aitbc.batch.common.JobSteps;
import io.aitbc.service.fhe.FheComputationService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Turns the ciphertext after the last layer into the job's result (once: a finished job is left alone). */
@Named("fheInferenceFinisher")
@Dependent
public class FheInferenceFinisher extends AbstractBatchlet {


    @Inject
    JobContext jobContext;

    @Inject
    FheComputationService fhe;

    @Override
    public String process() {
        fhe.complete(JobSteps.jobId(jobContext));
        return "COMPLETED";
    }
}
