package io.aitbc.domain.job;

import io.aitbc.domain.shared.Subject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The Idempotency-Key a consumer sent with a job submission, and the job it created: a retried submission
 * with the same key returns that job instead of queueing another (unique per consumer and key).
 */
@Entity
@Table(name = "job_submission_key")
public class JobSubmissionKey {

    public static final int MAX_KEY = 100;
    private static final String KEY_PATTERN = "[A-Za-z0-9._:-]{1," + MAX_KEY + "}";

    @Id
    @SequenceGenerator(name = "job_submission_key_seq", sequenceName = "job_submission_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_submission_key_seq")
    private Long id;

    @Column(name = "owner_subject", nullable = false, updatable = false, length = Subject.MAX_LENGTH)
    private String owner;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = MAX_KEY)
    private String key;

    @Column(name = "job_id", nullable = false, updatable = false)
    private long jobId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected JobSubmissionKey() {
        // for JPA
    }

    public JobSubmissionKey(String owner, String key, long jobId, Instant now) {
        this.owner = Subject.require(owner);
        this.key = requireValid(key);
        this.jobId = jobId;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Keys are 1..100 characters of letters, digits and {@code . _ : -} (a UUID fits). */
    public static String requireValid(String key) {
        if (key == null || !key.matches(KEY_PATTERN)) {
            throw new IllegalArgumentException("an Idempotency-Key has 1.." + MAX_KEY
                    + " characters of letters, digits, '.', '_', ':' and '-'");
        }
        return key;
    }

    public String owner() {
        return owner;
    }

    public String key() {
        return key;
    }

    public long jobId() {
        return jobId;
    }
}
