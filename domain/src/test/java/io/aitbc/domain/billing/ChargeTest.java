package io.aitbc.domain.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.domain.marketplace.ListingSearch;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChargeTest {

    @Test
    void anAmountIsUnitsTimesTheUnitPriceAtSixDecimals() {
        assertEquals(new BigDecimal("0.370371"), new Charge(1L, 3, new BigDecimal("0.123457")).amount());
        assertEquals(new BigDecimal("0.000000"), Charge.unlisted(5).amount());
        assertThrows(IllegalArgumentException.class, () -> new Charge(1L, 0, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> new Charge(1L, 1, new BigDecimal("-0.01")));
    }

    @Test
    void searchesThatCannotBeAnsweredAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ListingSearch(null, null, BigDecimal.ONE, null, false, null));
        assertThrows(IllegalArgumentException.class,
                () -> new ListingSearch(null, null, null, null, false, ListingSearch.Order.PRICE));
        assertThrows(IllegalArgumentException.class,
                () -> new ListingSearch(null, PrivacyLevel.FHE, new BigDecimal("-1"), null, false, null));
        assertEquals(ListingSearch.Order.REPUTATION, new ListingSearch("  ", null, null, null, false, null).order());
        assertEquals(java.util.Optional.empty(), new ListingSearch("  ", null, null, null, false, null).textFilter());
    }
}
