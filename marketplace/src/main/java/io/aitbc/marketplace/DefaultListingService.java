package io.aitbc.marketplace;

import static io.aitbc.domain.shared.InvalidRequestException.unlessRejected;

import io.aitbc.domain.marketplace.ListingRepository;
import io.aitbc.domain.marketplace.ListingSearch;
import io.aitbc.domain.marketplace.ListingStatus;
import io.aitbc.domain.marketplace.MarketplaceListing;
import io.aitbc.domain.marketplace.PriceList;
import io.aitbc.domain.model.Model;
import io.aitbc.domain.model.ModelRepository;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.domain.shared.NotPermittedException;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

@Stateless
public class DefaultListingService implements ListingService {

    @Inject
    ListingRepository listings;

    @Inject
    ModelRepository models;

    @Override
    public ListingView create(Caller caller, long modelId, ListingTerms terms) {
        Model model = models.find(modelId).orElseThrow(() -> new NotFoundException("model", modelId));
        if (!model.isOwnedBy(caller.subject())) {
            throw new NotPermittedException("only the model's owner may list it");
        }
        MarketplaceListing listing = unlessRejected(() -> new MarketplaceListing(model, terms.title(), terms.description(),
                prices(terms), Instant.now()));
        if (terms.status() == ListingStatus.PAUSED) {
            listing.revise(listing.title(), listing.description(), listing.prices(), ListingStatus.PAUSED, Instant.now());
        }
        return ListingView.of(listings.store(listing));
    }

    @Override
    public Page<ListingView> search(String textOrNull, PageRequest page) {
        return listings.search(textOrNull == null || textOrNull.isBlank() ? null : textOrNull, page).map(ListingView::of);
    }

    @Override
    public Page<ListingView> find(Caller caller, ListingSearch search, PageRequest page) {
        if (search.withPaused() && !caller.isAdmin() && !caller.subject().equals(search.owner())) {
            throw new NotPermittedException("paused listings are shown only to their owner (owner=<you>) or an admin");
        }
        return listings.find(search, page).map(ListingView::of);
    }

    @Override
    public ListingView get(long id) {
        return ListingView.of(find(id));
    }

    @Override
    public ListingView revise(Caller caller, long id, ListingTerms terms) {
        MarketplaceListing listing = editable(caller, id);
        ListingStatus status = terms.status() == null ? listing.status() : terms.status();
        unlessRejected(() -> {
            listing.revise(terms.title(), terms.description(), prices(terms), status, Instant.now());
            return listing;
        });
        return ListingView.of(listing);
    }

    @Override
    public void remove(Caller caller, long id) {
        listings.remove(editable(caller, id));
    }

    private MarketplaceListing find(long id) {
        return listings.find(id).orElseThrow(() -> new NotFoundException("listing", id));
    }

    private MarketplaceListing editable(Caller caller, long id) {
        MarketplaceListing listing = find(id);
        if (!caller.mayEdit(listing.owner())) {
            throw new NotPermittedException("only the listing's owner may change it");
        }
        return listing;
    }

    private static PriceList prices(ListingTerms t) {
        return new PriceList(t.priceFhe(), t.priceZkml(), t.priceHybrid());
    }
}
