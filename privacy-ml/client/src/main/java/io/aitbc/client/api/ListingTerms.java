package io.aitbc.client.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an owner offers in a marketplace listing: the model, a title and description, a price per privacy level
 * (AIT per inference; null: the level is not offered) and the status ({@code active} or {@code paused}; null keeps
 * the server's default, active, on creation).
 */
public record ListingTerms(long modelId, String title, String description, BigDecimal priceFhe, BigDecimal priceZkml,
                           BigDecimal priceHybrid, String status) {

    public ListingTerms {
        Objects.requireNonNull(title, "a listing needs a title");
        if (modelId < 1) {
            throw new IllegalArgumentException("modelId must be positive");
        }
        if (status != null && !status.equals("active") && !status.equals("paused")) {
            throw new IllegalArgumentException("status is active or paused, not " + status);
        }
    }

    /** These terms as they stand in a listing the server returned. */
    public static ListingTerms of(Views.Listing l) {
        return new ListingTerms(l.modelId(), l.title(), l.description(), l.priceFhe(), l.priceZkml(), l.priceHybrid(), l.status());
    }
}
