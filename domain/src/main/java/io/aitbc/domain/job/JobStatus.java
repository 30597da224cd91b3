package io.aitbc.domain.job;

/** Life cycle of a job: QUEUED -> RUNNING -> SUCCEEDED | FAILED; QUEUED or RUNNING -> CANCELLED. */
public enum JobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
