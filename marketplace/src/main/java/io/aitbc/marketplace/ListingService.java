package io.aitbc.marketplace;

import io.aitbc.domain.marketplace.ListingSearch;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.ejb.Local;

/** The marketplace's listings: owners list their models with prices per privacy level; everyone searches. */
@Local
public interface ListingService {

    /** Lists one of the caller's own models. */
    ListingView create(Caller caller, long modelId, ListingTerms terms);

    /** Active listings matching the text (title or description), most verified proofs first. */
    Page<ListingView> search(String textOrNull, PageRequest page);

    /**
     * Listings matching every criterion of the search. Paused listings are shown only to their owner
     * (a search restricted to the caller as owner) or an admin.
     */
    Page<ListingView> find(Caller caller, ListingSearch search, PageRequest page);

    ListingView get(long id);

    /** Only the listing's owner (or an admin) may revise it. */
    ListingView revise(Caller caller, long id, ListingTerms terms);

    void remove(Caller caller, long id);
}
