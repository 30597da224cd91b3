package io.aitbc.domain.job;

import java.util.Optional;

/** Idempotency keys of job submissions. */
public interface JobSubmissionKeyRepository {

    /** Stores the key and flushes, so that a concurrent duplicate fails here (unique constraint). */
    JobSubmissionKey storeNow(JobSubmissionKey key);

    Optional<JobSubmissionKey> find(String owner, String key);
}
