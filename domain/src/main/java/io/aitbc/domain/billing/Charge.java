package io.aitbc.domain.billing;

import io.aitbc.domain.marketplace.PriceList;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The price applied to a job: units times the unit price of a listing (null when the model is run without
 * being listed, e.g. by its owner: then the unit price is zero).
 */
public record Charge(Long listingId, int units, BigDecimal unitPrice) {

    public Charge {
        if (units < 1) {
            throw new IllegalArgumentException("a charge covers at least one unit, was " + units);
        }
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (unitPrice.signum() < 0) {
            throw new IllegalArgumentException("a unit price cannot be negative");
        }
        unitPrice = unitPrice.setScale(PriceList.SCALE);
    }

    public static Charge unlisted(int units) {
        return new Charge(null, units, BigDecimal.ZERO);
    }

    public BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(units)).setScale(PriceList.SCALE);
    }
}
