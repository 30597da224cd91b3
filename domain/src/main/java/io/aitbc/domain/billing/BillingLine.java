package io.aitbc.domain.billing;

import io.aitbc.domain.job.PrivacyLevel;
import java.math.BigDecimal;

/** Usage of one model at one privacy level over a period: jobs, units and the amount billed. */
public record BillingLine(String modelOwner, long modelId, PrivacyLevel level, long jobs, long units, BigDecimal amount) {
}
