package io.aitbc.domain.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aitbc.domain.job.PrivacyLevel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceListTest {

    @Test
    void pricesAreNonNegativeWithAtMostSixDecimals() {
        assertThrows(IllegalArgumentException.class, () -> new PriceList(new BigDecimal("-1"), null, null));
        assertThrows(IllegalArgumentException.class, () -> new PriceList(new BigDecimal("0.0000001"), null, null));
        assertThrows(IllegalArgumentException.class, () -> new PriceList(new BigDecimal("1e14"), null, null));
        assertThrows(IllegalArgumentException.class, () -> new PriceList(null, null, null));
        PriceList p = new PriceList(new BigDecimal("1.50"), null, null);
        assertEquals(new BigDecimal("1.500000"), p.priceFor(PrivacyLevel.FHE).orElseThrow());
        assertFalse(p.offers(PrivacyLevel.ZKML));
    }
}
