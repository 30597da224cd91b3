package io.aitbc.domain.marketplace;

import io.aitbc.domain.job.PrivacyLevel;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a marketplace search asks for. Every criterion is optional.
 *
 * @param text      contained in title or description (case-insensitive)
 * @param level     only listings offering this privacy level
 * @param maxPrice  only listings whose price at {@code level} is at most this (needs a level)
 * @param owner     only this owner's listings
 * @param withPaused include paused listings (for their owner or an admin)
 * @param order     how results are ordered
 */
public record ListingSearch(String text, PrivacyLevel level, BigDecimal maxPrice, String owner, boolean withPaused,
                            Order order) {

    /** Result orders; every order ends with the newest listing first among equals. */
    public enum Order {
        /** most verified proofs first (the marketplace default) */
        REPUTATION,
        /** cheapest first at the requested level (needs a level) */
        PRICE,
        /** newest first */
        NEWEST
    }

    public ListingSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        order = order == null ? Order.REPUTATION : order;
        if (maxPrice != null && level == null) {
            throw new IllegalArgumentException("a maximum price needs a privacy level");
        }
        if (order == Order.PRICE && level == null) {
            throw new IllegalArgumentException("ordering by price needs a privacy level");
        }
        if (maxPrice != null && maxPrice.signum() < 0) {
            throw new IllegalArgumentException("a maximum price cannot be negative");
        }
    }

    public static ListingSearch activeMatching(String text) {
        return new ListingSearch(text, null, null, null, false, Order.REPUTATION);
    }

    public Optional<String> textFilter() {
        return Optional.ofNullable(text);
    }
}
