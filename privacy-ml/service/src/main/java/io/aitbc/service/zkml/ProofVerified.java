package io.aitbc.service.zkml;

import java.time.Duration;

/**
 * CDI event, fired in the transaction that records a stored proof's verification: the marketplace counts it in the
 * reputation of the model's listings (observe it AFTER_SUCCESS so a rolled-back verification is not counted).
 */
public record ProofVerified(long modelId, long proofId, boolean verified, Duration took) {
}
