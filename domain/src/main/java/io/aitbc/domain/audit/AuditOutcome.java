package io.aitbc.domain.audit;

/** How a security-relevant action ended. */
public enum AuditOutcome {
    /** it was done */
    SUCCEEDED,
    /** refused: not authenticated or not permitted */
    DENIED,
    /** attempted but failed (bad input, conflict, error) */
    FAILED
}
