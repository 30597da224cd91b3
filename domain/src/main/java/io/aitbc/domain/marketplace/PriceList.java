package io.aitbc.domain.marketplace;

import io.aitbc.domain.job.PrivacyLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Price of one inference per privacy level, in AIT with up to 6 decimals; a missing price means the
 * level is not offered.
 */
@Embeddable
public class PriceList {

    public static final int SCALE = 6;

    @Column(name = "price_fhe", precision = 19, scale = SCALE)
    private BigDecimal fhe;

    @Column(name = "price_zkml", precision = 19, scale = SCALE)
    private BigDecimal zkml;

    @Column(name = "price_hybrid", precision = 19, scale = SCALE)
    private BigDecimal hybrid;

    protected PriceList() {
        // for JPA
    }

    public PriceList(BigDecimal fhe, BigDecimal zkml, BigDecimal hybrid) {
        this.fhe = check(fhe);
        this.zkml = check(zkml);
        this.hybrid = check(hybrid);
        if (fhe == null && zkml == null && hybrid == null) {
            throw new IllegalArgumentException("a listing offers at least one privacy level");
        }
    }

    private static BigDecimal check(BigDecimal price) {
        if (price == null) {
            return null;
        }
        if (price.signum() < 0) {
            throw new IllegalArgumentException("prices cannot be negative");
        }
        if (price.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("prices have at most " + SCALE + " decimals");
        }
        if (price.precision() - price.scale() > 19 - SCALE) {
            throw new IllegalArgumentException("price too large");
        }
        return price.setScale(SCALE);
    }

    public Optional<BigDecimal> priceFor(PrivacyLevel level) {
        return Optional.ofNullable(switch (Objects.requireNonNull(level)) {
            case FHE -> fhe;
            case ZKML -> zkml;
            case HYBRID -> hybrid;
        });
    }

    public boolean offers(PrivacyLevel level) {
        return priceFor(level).isPresent();
    }
}
