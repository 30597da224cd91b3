package io.aitbc.domain.billing;

import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.domain.marketplace.MarketplaceListing;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Which price a completed job pays: the cheapest of the model's listings (active or paused: the job may have
 * started before a pause) that offer the job's privacy level, the oldest among equal prices; a model run
 * without a listing offering the level is free.
 */
public final class Tariff {

    private Tariff() {
    }

    public static Charge chargeFor(List<MarketplaceListing> listingsOfModel, PrivacyLevel level, int units) {
        return listingsOfModel.stream()
                .filter(l -> l.prices().offers(level))
                .min(Comparator.comparing((MarketplaceListing l) -> price(l, level)).thenComparing(MarketplaceListing::id))
                .map(l -> new Charge(l.id(), units, price(l, level)))
                .orElseGet(() -> Charge.unlisted(units));
    }

    private static BigDecimal price(MarketplaceListing l, PrivacyLevel level) {
        return l.prices().priceFor(level).orElseThrow();
    }
}
