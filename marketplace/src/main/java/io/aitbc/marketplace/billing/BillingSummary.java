package io.aitbc.marketplace.billing;

import io.aitbc.domain.billing.BillingLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What was billed in [from, to): per model owner, model and privacy level, with totals.
 *
 * @param owner the owner the summary is restricted to, or null for every owner (admin)
 */
public record BillingSummary(Instant from, Instant to, String owner, List<Line> lines, long totalJobs, long totalUnits,
                             BigDecimal totalAmount) {

    /** One model at one privacy level. */
    public record Line(String modelOwner, long modelId, String privacyLevel, long jobs, long units, BigDecimal amount) {
        static Line of(BillingLine l) {
            return new Line(l.modelOwner(), l.modelId(), l.level().apiName(), l.jobs(), l.units(), l.amount());
        }
    }

    public BillingSummary {
        lines = List.copyOf(lines);
    }

    static BillingSummary of(Instant from, Instant to, String owner, List<BillingLine> lines) {
        List<Line> views = lines.stream().map(Line::of).toList();
        return new BillingSummary(from, to, owner, views, views.stream().mapToLong(Line::jobs).sum(),
                views.stream().mapToLong(Line::units).sum(),
                views.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
