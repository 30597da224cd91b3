package io.aitbc.domain.billing;

import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.domain.marketplace.PriceList;
import io.aitbc.domain.shared.Subject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one completed inference job costs its consumer: units used at the unit price of the listing the
 * model was offered under at that privacy level. Immutable; one per job (the database refuses a second).
 */
@Entity
@Table(name = "usage_record")
public class UsageRecord {

    @Id
    @SequenceGenerator(name = "usage_record_seq", sequenceName = "usage_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "usage_record_seq")
    private Long id;

    @Column(name = "job_id", nullable = false, updatable = false)
    private long jobId;

    @Column(name = "consumer_subject", nullable = false, updatable = false, length = Subject.MAX_LENGTH)
    private String consumer;

    @Column(name = "owner_subject", nullable = false, updatable = false, length = Subject.MAX_LENGTH)
    private String modelOwner;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "model_version", nullable = false, updatable = false)
    private int modelVersion;

    @Column(name = "listing_id", updatable = false)
    private Long listingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "privacy_level", nullable = false, updatable = false, length = 10)
    private PrivacyLevel level;

    @Column(nullable = false, updatable = false)
    private int units;

    @Column(name = "unit_price", nullable = false, updatable = false, precision = 19, scale = PriceList.SCALE)
    private BigDecimal unitPrice;

    @Column(nullable = false, updatable = false, precision = 19, scale = PriceList.SCALE)
    private BigDecimal amount;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected UsageRecord() {
        // for JPA
    }

    public UsageRecord(MeteredJob job, Charge charge, Instant now) {
        this.jobId = job.jobId();
        this.consumer = Subject.require(job.consumer());
        this.modelOwner = Subject.require(job.modelOwner());
        this.modelId = job.modelId();
        this.modelVersion = job.modelVersion();
        this.level = Objects.requireNonNull(job.level());
        this.listingId = charge.listingId();
        this.units = charge.units();
        this.unitPrice = charge.unitPrice();
        this.amount = charge.amount();
        this.recordedAt = Objects.requireNonNull(now);
    }

    public Long id() {
        return id;
    }

    public long jobId() {
        return jobId;
    }

    public String consumer() {
        return consumer;
    }

    public String modelOwner() {
        return modelOwner;
    }

    public long modelId() {
        return modelId;
    }

    public int modelVersion() {
        return modelVersion;
    }

    public Optional<Long> listingId() {
        return Optional.ofNullable(listingId);
    }

    public PrivacyLevel level() {
        return level;
    }

    public int units() {
        return units;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
