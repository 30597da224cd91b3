package io.aitbc.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Records security-relevant actions. Every service may inject it: {@code auditLog.record(AuditEntry.of(...))}.
 * Each entry is written in a transaction of its own, so that a refused or failed action (whose own
 * transaction rolls back) is still recorded, and an audit write never fails the action's transaction.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditRepository events;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AuditEntry entry) {
        events.append(new AuditEvent(entry, Instant.now()));
    }
}
