package io.aitbc.marketplace.billing;

import io.aitbc.domain.billing.UsageRecord;
import java.math.BigDecimal;
import java.time.Instant;

/** A usage record as the API shows it. */
public record UsageView(long jobId, String consumer, String modelOwner, long modelId, int modelVersion, Long listingId,
                        String privacyLevel, int units, BigDecimal unitPrice, BigDecimal amount, Instant recordedAt) {

    static UsageView of(UsageRecord r) {
        return new UsageView(r.jobId(), r.consumer(), r.modelOwner(), r.modelId(), r.modelVersion(),
                r.listingId().orElse(null), r.level().apiName(), r.units(), r.unitPrice(), r.amount(), r.recordedAt());
    }
}
