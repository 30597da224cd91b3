package io.aitbc.marketplace;

import io.aitbc.domain.marketplace.ListingStatus;
import java.math.BigDecimal;

/** What an owner states when listing a model or revising a listing; a null price means "not offered". */
public record ListingTerms(String title, String description, BigDecimal priceFhe, BigDecimal priceZkml,
                           BigDecimal priceHybrid, ListingStatus status) {
}
