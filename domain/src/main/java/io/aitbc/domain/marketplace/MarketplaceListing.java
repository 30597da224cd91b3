package io.aitbc.domain.marketplace;

import io.aitbc.domain.model.Model;
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

/** A model offered on the marketplace by its owner: prices per privacy level, measured performance, reputation. */
@Entity
@Table(name = "marketplace_listing")
public class MarketplaceListing {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;

    @Id
    @SequenceGenerator(name = "marketplace_listing_seq", sequenceName = "marketplace_listing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "marketplace_listing_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "model_id", nullable = false)
    private Model model;

    @Column(name = "owner_subject", nullable = false, length = Subject.MAX_LENGTH)
    private String owner;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ListingStatus status;

    @Embedded
    private PriceList prices;

    @Embedded
    private PerformanceFigures performance;

    @Embedded
    private Reputation reputation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected MarketplaceListing() {
        // for JPA
    }

    /** Lists a model; only its owner may do so. */
    public MarketplaceListing(Model model, String title, String description, PriceList prices, Instant now) {
        this.model = Objects.requireNonNull(model);
        this.owner = model.owner();
        this.title = requireTitle(title);
        this.description = description;
        this.prices = Objects.requireNonNull(prices);
        this.performance = PerformanceFigures.notMeasured();
        this.reputation = Reputation.fresh();
        this.status = ListingStatus.ACTIVE;
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
    }

    public void revise(String newTitle, String newDescription, PriceList newPrices, ListingStatus newStatus, Instant now) {
        this.title = requireTitle(newTitle);
        this.description = newDescription;
        this.prices = Objects.requireNonNull(newPrices);
        this.status = Objects.requireNonNull(newStatus);
        this.updatedAt = now;
    }

    public void recordMeasurement(PerformanceFigures figures) {
        this.performance = Objects.requireNonNull(figures);
    }

    /** Replaces one measured figure (a median latency in microseconds), keeping the others. */
    public void recordMeasurement(PerformanceFigures.Metric metric, long micros, Instant at) {
        this.performance = performance().with(metric, micros, at);
    }

    public void recordProof(boolean verified) {
        reputation.recordProof(verified);
    }

    public void recordCompletedJob() {
        reputation.recordCompletedJob();
    }

    private static String requireTitle(String title) {
        Objects.requireNonNull(title, "title");
        if (title.isBlank() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("a title must have 1.." + MAX_TITLE + " characters");
        }
        return title;
    }

    public Long id() {
        return id;
    }

    public Model model() {
        return model;
    }

    public String owner() {
        return owner;
    }

    public boolean isOwnedBy(String subject) {
        return owner.equals(subject);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public ListingStatus status() {
        return status;
    }

    public PriceList prices() {
        return prices;
    }

    public PerformanceFigures performance() {
        // JPA loads an embeddable whose columns are all null as null: "not measured yet"
        return performance == null ? PerformanceFigures.notMeasured() : performance;
    }

    public Reputation reputation() {
        return reputation;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
