package io.aitbc.service.audit;

import io.aitbc.domain.audit.AuditOutcome;
import io.aitbc.domain.audit.AuditRepository;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.NotPermittedException;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Reading the audit log (admins only); writing is {@link io.aitbc.domain.audit.AuditLog}. */
@Stateless
public class AuditTrail {

    @Inject
    AuditRepository events;

    public Page<AuditView> search(Caller caller, String actorOrNull, AuditOutcome outcomeOrNull, PageRequest page) {
        if (!caller.isAdmin()) {
            throw new NotPermittedException("only admins read the audit log");
        }
        return events.search(actorOrNull, outcomeOrNull, page).map(AuditView::of);
    }
}
