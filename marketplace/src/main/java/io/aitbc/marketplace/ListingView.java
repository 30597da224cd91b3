package io.aitbc.marketplace;

import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.domain.marketplace.MarketplaceListing;
import io.aitbc.domain.marketplace.PerformanceFigures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A listing as callers see it (a snapshot taken inside the transaction). Latencies per privacy level are
 * measured medians in milliseconds; the plaintext reference in microseconds. {@code publishedVersions} are the
 * listed model's versions with their Poseidon commitments, read from the immutable version records (the listing's
 * owner cannot set them): the commitment a consumer checks zkML and hybrid proofs against (docs/HYBRID.md §3).
 */
public record ListingView(long id, long modelId, String modelName, String owner, String title, String description,
                          String status, BigDecimal priceFhe, BigDecimal priceZkml, BigDecimal priceHybrid,
                          Long plaintextLatencyMicros, Long fheLatencyMs, Long zkmlLatencyMs, Long hybridLatencyMs, Long proofVerifyMs,
                          Instant measuredAt, long verifiedProofs, long failedProofs, long completedJobs,
                          double reputationScore, Instant createdAt, Instant updatedAt,
                          List<PublishedVersion> publishedVersions) {

    /**
     * A version of the listed model that has a ZKML-SPEC commitment.
     *
     * @param archHash   architecture hash (decimal field element)
     * @param commitment model commitment Poseidon(archHash, paramsDigest) (decimal field element)
     */
    public record PublishedVersion(int number, String archHash, String commitment) {
    }

    public ListingView {
        publishedVersions = List.copyOf(publishedVersions);
    }

    static ListingView of(MarketplaceListing l) {
        PerformanceFigures p = l.performance();
        return new ListingView(l.id(), l.model().id(), l.model().name(), l.owner(), l.title(), l.description(),
                l.status().name().toLowerCase(java.util.Locale.ROOT),
                price(l, PrivacyLevel.FHE), price(l, PrivacyLevel.ZKML), price(l, PrivacyLevel.HYBRID),
                p.plaintextLatencyMicros().orElse(null), p.fheLatencyMs().orElse(null), p.zkmlLatencyMs().orElse(null), p.hybridLatencyMs().orElse(null),
                p.proofVerifyMs().orElse(null), p.measuredAt().orElse(null),
                l.reputation().verifiedProofs(), l.reputation().failedProofs(), l.reputation().completedJobs(),
                l.reputation().score(), l.createdAt(), l.updatedAt(), published(l));
    }

    private static List<PublishedVersion> published(MarketplaceListing l) {
        return l.model().versions().stream().filter(v -> v.commitment().isPresent() && v.archHash().isPresent())
                .map(v -> new PublishedVersion(v.number(), v.archHash().orElseThrow(), v.commitment().orElseThrow()))
                .toList();
    }

    private static BigDecimal price(MarketplaceListing l, PrivacyLevel level) {
        return l.prices().priceFor(level).orElse(null);
    }
}
