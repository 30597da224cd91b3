package io.aitbc.batch.encoding;

import io.aitbc.batch.common.JobSteps;
import io.aitbc.service.encoding.ModelEncodingService;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * After a model-encoding execution that ended FAILED or STOPPED, the version records the job's reason (listed after
 * {@code jobFailureRecorder}, which records it on the job), so that a version never stays "encoding" after its job
 * failed.
 */
@Named("encodingFailureRecorder")
@Dependent
public class EncodingFailureRecorder extends AbstractJobListener {

    @Inject
    JobContext jobContext;

    @Inject
    ModelEncodingService encodings;

    @Override
    public void afterJob() {
        if (JobSteps.endedWithoutSuccess(jobContext)) {
            encodings.jobEnded(JobSteps.jobId(jobContext));
        }
    }
}
