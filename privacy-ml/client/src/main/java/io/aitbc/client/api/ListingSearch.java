package io.aitbc.client.api;

import java.math.BigDecimal;

/**
 * A marketplace search: text in title or description ({@code q}), listings offering {@code level} (fhe, zkml,
 * hybrid) at most at {@code maxPrice}, one {@code owner}'s listings, paused ones too ({@code paused}: the owner's
 * own or an admin's), ordered by {@code sort} (reputation, the default; price, which needs a level; newest). Any
 * field may be null (false for paused).
 */
public record ListingSearch(String q, String level, BigDecimal maxPrice, String owner, boolean paused, String sort) {

    /** Every active listing, most reputable first. */
    public static ListingSearch all() {
        return new ListingSearch(null, null, null, null, false, null);
    }

    /** Active listings whose title or description contains {@code text}. */
    public static ListingSearch text(String text) {
        return new ListingSearch(text, null, null, null, false, null);
    }
}
