package io.aitbc.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * The encoding of a model version by its batch job (model-encoding): the sealed weights checked and re-wrapped under
 * the current key, the FHE network built and its plaintexts encoded on the server. Immutable; the version replaces
 * it as the job moves.
 */
@Embeddable
public class ModelEncoding {

    public static final int MAX_ERROR = 4000;

    @Enumerated(EnumType.STRING)
    @Column(name = "encoding_status", nullable = false, length = 20)
    private EncodingStatus status;

    @Column(name = "encoding_job_id")
    private Long jobId;

    @Column(name = "encoding_error", length = MAX_ERROR)
    private String error;

    protected ModelEncoding() {
        // for JPA
    }

    private ModelEncoding(EncodingStatus status, Long jobId, String error) {
        this.status = Objects.requireNonNull(status);
        this.jobId = jobId;
        this.error = error;
    }

    public static ModelEncoding notStarted() {
        return new ModelEncoding(EncodingStatus.NOT_STARTED, null, null);
    }

    /** The job {@code jobId} encodes the version. */
    public static ModelEncoding encodingBy(long jobId) {
        return new ModelEncoding(EncodingStatus.ENCODING, jobId, null);
    }

    /** The job {@code jobId} encoded the version. */
    public static ModelEncoding readyBy(long jobId) {
        return new ModelEncoding(EncodingStatus.READY, jobId, null);
    }

    /** The job {@code jobId} failed, for this reason. */
    public static ModelEncoding failedBy(long jobId, String reason) {
        Objects.requireNonNull(reason, "a failure needs a reason");
        return new ModelEncoding(EncodingStatus.FAILED, jobId, reason.length() <= MAX_ERROR ? reason : reason.substring(0, MAX_ERROR));
    }

    public EncodingStatus status() {
        return status == null ? EncodingStatus.NOT_STARTED : status;
    }

    /** The job that encodes or encoded the version, or null when none was started. */
    public Long jobId() {
        return jobId;
    }

    /** Why the encoding failed, or null. */
    public String error() {
        return error;
    }
}
