package io.aitbc.service.audit;

import io.aitbc.domain.audit.AuditEvent;
import java.time.Instant;
import java.util.Locale;

/** An audit log entry as the admin API shows it. */
public record AuditView(long id, Instant occurredAt, String actor, String actorRoles, String action, String target,
                        String outcome, Integer httpStatus, String clientAddress, String detail) {

    static AuditView of(AuditEvent e) {
        var x = e.entry();
        return new AuditView(e.id(), e.occurredAt(), x.actor(), x.actorRoles(), x.action(), x.target(),
                x.outcome().name().toLowerCase(Locale.ROOT), x.httpStatus(), x.clientAddress(), x.detail());
    }
}
