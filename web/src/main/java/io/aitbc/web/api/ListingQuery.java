package io.aitbc.web.api;

import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.domain.marketplace.ListingSearch;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * {@code ?q=&level=&maxPrice=&owner=&paused=&sort=&page=&size=} on GET /marketplace/listings: text in title or
 * description, a privacy level offered, the highest acceptable price at that level, one owner's listings,
 * paused ones too (their owner or an admin), and the order (reputation, price, newest).
 */
public class ListingQuery extends PageParams {

    @QueryParam("q")
    @Size(max = 200)
    public String q;

    @QueryParam("level")
    @Pattern(regexp = "fhe|zkml|hybrid")
    public String level;

    @QueryParam("maxPrice")
    @DecimalMin("0") @Digits(integer = 13, fraction = 6)
    public BigDecimal maxPrice;

    @QueryParam("owner")
    @Size(min = 1, max = 255)
    public String owner;

    @QueryParam("paused")
    public boolean paused;

    @QueryParam("sort")
    @Pattern(regexp = "reputation|price|newest")
    public String sort;

    ListingSearch toSearch() {
        return new ListingSearch(q, level == null ? null : PrivacyLevel.fromApiName(level), maxPrice, owner, paused,
                sort == null ? null : ListingSearch.Order.valueOf(sort.toUpperCase(Locale.ROOT)));
    }
}
