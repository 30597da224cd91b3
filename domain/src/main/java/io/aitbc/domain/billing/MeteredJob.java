package io.aitbc.domain.billing;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.JobKind;
import io.aitbc.domain.job.JobStatus;
import io.aitbc.domain.job.PrivacyLevel;

/** The facts of a completed inference job that its usage record keeps. */
public record MeteredJob(long jobId, String consumer, String modelOwner, long modelId, int modelVersion,
                         PrivacyLevel level) {

    /** Only a succeeded inference job is billed. */
    public static MeteredJob of(InferenceJob job) {
        if (job.kind() != JobKind.INFERENCE || job.status() != JobStatus.SUCCEEDED) {
            throw new IllegalArgumentException("job " + job.id() + " is not a succeeded inference job");
        }
        var version = job.modelVersion();
        return new MeteredJob(job.id(), job.owner(), version.model().owner(), version.model().id(), version.number(),
                job.privacyLevel().orElseThrow());
    }
}
