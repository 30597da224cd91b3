package io.aitbc.domain.proof;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A zero-knowledge proof produced by a job: the proof and its public signals (model commitment, input
 * hash, output) as JSON, and the outcome of the last verification with the time it took.
 */
@Entity
@Table(name = "proof")
public class Proof {

    public static final int MAX_ANCHOR_ERROR = 4000;

    @Id
    @SequenceGenerator(name = "proof_seq", sequenceName = "proof_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proof_seq")
    private Long id;

    @Column(name = "job_id")
    private Long jobId;

    @Column(name = "model_version_id", nullable = false)
    private Long modelVersionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "proof_system", nullable = false, length = 30)
    private ProofSystem system;

    @Column(name = "proof_json", nullable = false)
    private String proofJson;

    @Column(name = "public_signals_json", nullable = false)
    private String publicSignalsJson;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_status", nullable = false, length = 20)
    private VerificationStatus verificationStatus;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verification_micros")
    private Long verificationMicros;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "anchor_status", length = 20)
    private AnchorStatus anchorStatus;

    /** The transaction that anchored the proof, once anchored. */
    @Column(name = "anchor_tx", length = 100)
    private String anchorTx;

    /** What was anchored (e.g. the receipt hash, hex), once anchored. */
    @Column(name = "anchor_reference", length = 100)
    private String anchorReference;

    @Column(name = "anchor_error", length = MAX_ANCHOR_ERROR)
    private String anchorError;

    @Column(name = "anchored_at")
    private Instant anchoredAt;

    protected Proof() {
        // for JPA
    }

    public Proof(Long jobId, long modelVersionId, ProofSystem system, String proofJson, String publicSignalsJson,
                 Instant now) {
        this.jobId = jobId;
        this.modelVersionId = modelVersionId;
        this.system = Objects.requireNonNull(system);
        this.proofJson = Objects.requireNonNull(proofJson);
        this.publicSignalsJson = Objects.requireNonNull(publicSignalsJson);
        this.verificationStatus = VerificationStatus.UNVERIFIED;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Records the outcome of a verification (each verification replaces the previous outcome). */
    public void recordVerification(boolean valid, Duration took, Instant now) {
        this.verificationStatus = valid ? VerificationStatus.VERIFIED : VerificationStatus.REJECTED;
        this.verificationMicros = took.toNanos() / 1000;
        this.verifiedAt = now;
    }

    /** Anchoring on chain failed; the proof is kept and anchoring can be retried. */
    public void recordAnchorFailure(String reason) {
        if (anchorStatus == AnchorStatus.ANCHORED) {
            throw new IllegalStateException("proof " + id + " is already anchored");
        }
        Objects.requireNonNull(reason, "an anchoring failure needs a reason");
        this.anchorStatus = AnchorStatus.FAILED;
        this.anchorError = reason.length() <= MAX_ANCHOR_ERROR ? reason : reason.substring(0, MAX_ANCHOR_ERROR);
    }

    /**
     * The proof is anchored on chain.
     *
     * @param transaction the transaction hash, or null when the reference was already on chain (nothing was sent)
     * @param reference   what is on chain, e.g. the receipt hash
     */
    public void recordAnchored(String transaction, String reference, Instant now) {
        if (verificationStatus != VerificationStatus.VERIFIED) {
            throw new IllegalStateException("only a verified proof is anchored; proof " + id + " is " + verificationStatus);
        }
        this.anchorStatus = AnchorStatus.ANCHORED;
        this.anchorTx = transaction;
        this.anchorReference = Objects.requireNonNull(reference);
        this.anchorError = null;
        this.anchoredAt = Objects.requireNonNull(now);
    }

    public Optional<AnchorStatus> anchorStatus() {
        return Optional.ofNullable(anchorStatus);
    }

    public Optional<String> anchorTransaction() {
        return Optional.ofNullable(anchorTx);
    }

    public Optional<String> anchorReference() {
        return Optional.ofNullable(anchorReference);
    }

    public Optional<String> anchorError() {
        return Optional.ofNullable(anchorError);
    }

    public Optional<Instant> anchoredAt() {
        return Optional.ofNullable(anchoredAt);
    }

    public Long id() {
        return id;
    }

    public Optional<Long> jobId() {
        return Optional.ofNullable(jobId);
    }

    public long modelVersionId() {
        return modelVersionId;
    }

    public ProofSystem system() {
        return system;
    }

    public String proofJson() {
        return proofJson;
    }

    public String publicSignalsJson() {
        return publicSignalsJson;
    }

    public VerificationStatus verificationStatus() {
        return verificationStatus;
    }

    public Optional<Instant> verifiedAt() {
        return Optional.ofNullable(verifiedAt);
    }

    public Optional<Duration> verificationTime() {
        return Optional.ofNullable(verificationMicros).map(us -> Duration.ofNanos(us * 1000));
    }

    public Instant createdAt() {
        return createdAt;
    }
}
