package io.aitbc.domain.marketplace;

import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Marketplace listings. */
public interface ListingRepository {

    MarketplaceListing store(MarketplaceListing listing);

    Optional<MarketplaceListing> find(long id);

    /**
     * Active listings whose title or description contains {@code text} (case-insensitive; null for all),
     * most verified proofs first, then newest.
     */
    Page<MarketplaceListing> search(String text, PageRequest page);

    /** Listings matching every criterion of the search, in its order. */
    Page<MarketplaceListing> find(ListingSearch search, PageRequest page);

    /** Every listing of the model (active or paused), oldest first. */
    List<MarketplaceListing> listForModel(long modelId);

    long countForModel(long modelId);

    /**
     * Counts a checked proof on every listing of the model, atomically in the database (concurrent
     * verifications never conflict); returns how many listings were updated.
     */
    int countProof(long modelId, boolean verified);

    /** Counts a completed job on the listing, atomically in the database. */
    void countCompletedJob(long listingId);

    void remove(MarketplaceListing listing);

    /** Removes every listing of the model (when the model itself is deleted). */
    void removeForModel(long modelId);
}
