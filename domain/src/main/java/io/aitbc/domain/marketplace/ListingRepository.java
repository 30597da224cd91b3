package io.aitbc.domain.marketplace;

import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
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

    long countForModel(long modelId);

    void remove(MarketplaceListing listing);

    /** Removes every listing of the model (when the model itself is deleted). */
    void removeForModel(long modelId);
}
