package io.aitbc.web.api;

import io.aitbc.domain.marketplace.ListingStatus;
import io.aitbc.domain.marketplace.MarketplaceListing;
import io.aitbc.marketplace.ListingTerms;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Body of POST/PUT /marketplace/listings. Prices are per inference, in AIT, one per privacy level; a
 * missing price means the level is not offered. {@code modelId} is required when creating.
 */
public class ListingRequest {

    // A class with public fields, not a record: Payara's OpenAPI generator fails on Bean Validation
    // annotations of record components (it sees them on the canonical constructor's parameters).

    @Min(1)
    public Long modelId;
    @NotBlank @Size(max = MarketplaceListing.MAX_TITLE)
    public String title;
    @Size(max = MarketplaceListing.MAX_DESCRIPTION)
    public String description;
    @DecimalMin("0") @Digits(integer = 13, fraction = 6)
    public BigDecimal priceFhe;
    @DecimalMin("0") @Digits(integer = 13, fraction = 6)
    public BigDecimal priceZkml;
    @DecimalMin("0") @Digits(integer = 13, fraction = 6)
    public BigDecimal priceHybrid;
    @Pattern(regexp = "active|paused")
    public String status;

    ListingTerms toTerms() {
        ListingStatus s = status == null ? null : ListingStatus.valueOf(status.toUpperCase(Locale.ROOT));
        return new ListingTerms(title, description, priceFhe, priceZkml, priceHybrid, s);
    }
}
