package io.aitbc.domain.job;

import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.shared.Subject;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of work on a model version: an inference at a privacy level, or a preparation job (circuit
 * setup, model encryption, benchmark). It records status, progress, timestamps, the failure reason and
 * references to its input, result and proof. Transitions are checked: a finished job never changes.
 */
@Entity
@Table(name = "inference_job")
public class InferenceJob {

    public static final int MAX_ERROR = 4000;
    public static final int MAX_BATCH_JOB_NAME = 100;

    @Id
    @SequenceGenerator(name = "inference_job_seq", sequenceName = "inference_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inference_job_seq")
    private Long id;

    @Column(name = "owner_subject", nullable = false, length = Subject.MAX_LENGTH)
    private String owner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "model_version_id", nullable = false)
    private ModelVersion modelVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private JobKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "privacy_level", length = 10)
    private PrivacyLevel privacyLevel;

    @Column(name = "verification_required", nullable = false)
    private boolean verificationRequired;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JobStatus status;

    @Embedded
    private JobProgress progress;

    @Column(length = MAX_ERROR)
    private String error;

    @Column(name = "input_payload_id")
    private Long inputPayloadId;

    @Column(name = "key_set_id")
    private Long keySetId;

    @Column(name = "result_payload_id")
    private Long resultPayloadId;

    @Column(name = "proof_id")
    private Long proofId;

    /** The Jakarta Batch execution running this job, to restart it after a crash. */
    @Column(name = "batch_execution_id")
    private Long batchExecutionId;

    /** The Jakarta Batch job (its job XML name) that runs this job. */
    @Column(name = "batch_job_name", length = MAX_BATCH_JOB_NAME)
    private String batchJobName;

    /** How often the job was restarted after the server stopped while it ran. */
    @Column(name = "restarts", nullable = false)
    private int restarts;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected InferenceJob() {
        // for JPA
    }

    private InferenceJob(String owner, ModelVersion version, JobKind kind, PrivacyLevel level,
                         boolean verificationRequired, Long inputPayloadId, Long keySetId, Instant now) {
        this.owner = Subject.require(owner);
        this.modelVersion = Objects.requireNonNull(version);
        this.kind = Objects.requireNonNull(kind);
        this.privacyLevel = level;
        this.verificationRequired = verificationRequired;
        this.inputPayloadId = inputPayloadId;
        this.keySetId = keySetId;
        this.status = JobStatus.QUEUED;
        this.progress = JobProgress.none();
        this.submittedAt = Objects.requireNonNull(now);
    }

    /**
     * An inference request. FHE and hybrid inference run under the consumer's uploaded key set; the
     * input payload may be attached later (for example after a streamed upload).
     */
    public static InferenceJob inference(String owner, ModelVersion version, PrivacyLevel level,
                                         boolean verificationRequired, Long inputPayloadId, Long keySetId, Instant now) {
        Objects.requireNonNull(level, "an inference job needs a privacy level");
        if (level != PrivacyLevel.ZKML && keySetId == null) {
            throw new IllegalArgumentException(level.apiName() + " inference needs the consumer's key set");
        }
        return new InferenceJob(owner, version, JobKind.INFERENCE, level, verificationRequired, inputPayloadId, keySetId, now);
    }

    /** A job that prepares or measures a model version (no privacy level, no input). */
    public static InferenceJob preparation(String owner, ModelVersion version, JobKind kind, Instant now) {
        if (kind == JobKind.INFERENCE) {
            throw new IllegalArgumentException("use inference(...) for inference jobs");
        }
        return new InferenceJob(owner, version, kind, null, false, null, null, now);
    }

    /** Names the batch job that will run this job; set once, before it is launched. */
    public void runBy(String jobName) {
        requireStatus(JobStatus.QUEUED);
        Objects.requireNonNull(jobName, "jobName");
        if (jobName.isBlank() || jobName.length() > MAX_BATCH_JOB_NAME) {
            throw new IllegalArgumentException("a batch job name has 1.." + MAX_BATCH_JOB_NAME + " characters");
        }
        if (batchJobName != null && !batchJobName.equals(jobName)) {
            throw new IllegalStateException("job " + id + " is already run by batch job " + batchJobName);
        }
        this.batchJobName = jobName;
    }

    /**
     * The server stopped while the job ran and its batch execution is being restarted from the last checkpoint.
     * Counted before the restarted execution begins (which then records itself through {@link #start}).
     */
    public void restarting() {
        requireStatus(JobStatus.RUNNING);
        restarts++;
    }

    /** The batch execution begins (or, restarted after a crash, resumes) its work. */
    public void start(long batchExecution, Instant now) {
        requireStatus(JobStatus.QUEUED, JobStatus.RUNNING); // RUNNING again: restarted after a crash
        this.status = JobStatus.RUNNING;
        this.batchExecutionId = batchExecution;
        if (startedAt == null) {
            this.startedAt = now;
        }
    }

    public void reportProgress(JobProgress p) {
        requireStatus(JobStatus.RUNNING);
        this.progress = Objects.requireNonNull(p);
    }

    public void attachInput(long payloadId) {
        requireStatus(JobStatus.QUEUED);
        this.inputPayloadId = payloadId;
    }

    public void succeed(JobResult result, Instant now) {
        requireStatus(JobStatus.RUNNING);
        this.resultPayloadId = result.resultPayloadId();
        this.proofId = result.proofId();
        this.progress = new JobProgress(100, progress.step(), now);
        finish(JobStatus.SUCCEEDED, now);
    }

    /** Completes a preparation job (circuit setup, benchmark, ...): its outputs are stored elsewhere, not as a result. */
    public void complete(Instant now) {
        if (kind == JobKind.INFERENCE) {
            throw new IllegalStateException("an inference job succeeds with a result: use succeed(...)");
        }
        requireStatus(JobStatus.RUNNING);
        this.progress = new JobProgress(100, progress.step(), now);
        finish(JobStatus.SUCCEEDED, now);
    }

    public void fail(String reason, Instant now) {
        requireStatus(JobStatus.QUEUED, JobStatus.RUNNING);
        Objects.requireNonNull(reason, "a failure needs a reason");
        this.error = reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
        finish(JobStatus.FAILED, now);
    }

    public void cancel(Instant now) {
        requireStatus(JobStatus.QUEUED, JobStatus.RUNNING);
        finish(JobStatus.CANCELLED, now);
    }

    private void finish(JobStatus s, Instant now) {
        this.status = s;
        this.finishedAt = now;
    }

    private void requireStatus(JobStatus... allowed) {
        for (JobStatus a : allowed) {
            if (status == a) {
                return;
            }
        }
        throw new IllegalStateException("job " + id + " is " + status);
    }

    public Long id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public boolean isOwnedBy(String subject) {
        return owner.equals(subject);
    }

    public ModelVersion modelVersion() {
        return modelVersion;
    }

    public JobKind kind() {
        return kind;
    }

    public Optional<PrivacyLevel> privacyLevel() {
        return Optional.ofNullable(privacyLevel);
    }

    public boolean verificationRequired() {
        return verificationRequired;
    }

    public JobStatus status() {
        return status;
    }

    public JobProgress progress() {
        return progress;
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    public Optional<Long> inputPayloadId() {
        return Optional.ofNullable(inputPayloadId);
    }

    public Optional<Long> keySetId() {
        return Optional.ofNullable(keySetId);
    }

    public Optional<Long> resultPayloadId() {
        return Optional.ofNullable(resultPayloadId);
    }

    public Optional<Long> proofId() {
        return Optional.ofNullable(proofId);
    }

    public Optional<Long> batchExecutionId() {
        return Optional.ofNullable(batchExecutionId);
    }

    public Optional<String> batchJobName() {
        return Optional.ofNullable(batchJobName);
    }

    public int restarts() {
        return restarts;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }
}
