package io.aitbc.domain.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One verification of a proof of a model: the history behind a listing's reputation. Immutable. */
@Entity
@Table(name = "proof_verification")
public class ProofVerificationRecord {

    /** Stored as VERIFIED / REJECTED (no boolean columns in query conditions). */
    public enum Outcome { VERIFIED, REJECTED }

    @Id
    @SequenceGenerator(name = "proof_verification_seq", sequenceName = "proof_verification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proof_verification_seq")
    private Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "proof_id", updatable = false)
    private Long proofId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Outcome outcome;

    @Column(updatable = false)
    private Long micros;

    @Column(name = "verified_at", nullable = false, updatable = false)
    private Instant verifiedAt;

    protected ProofVerificationRecord() {
        // for JPA
    }

    public ProofVerificationRecord(long modelId, Long proofId, boolean verified, Duration took, Instant now) {
        this.modelId = modelId;
        this.proofId = proofId;
        this.outcome = verified ? Outcome.VERIFIED : Outcome.REJECTED;
        this.micros = took == null ? null : took.toNanos() / 1000;
        this.verifiedAt = Objects.requireNonNull(now);
    }

    public Long id() {
        return id;
    }

    public long modelId() {
        return modelId;
    }

    public Optional<Long> proofId() {
        return Optional.ofNullable(proofId);
    }

    public boolean verified() {
        return outcome == Outcome.VERIFIED;
    }

    public Optional<Long> micros() {
        return Optional.ofNullable(micros);
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }
}
