package io.aitbc.domain.audit;

import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import java.util.List;

/** The stored audit log, newest first. */
public interface AuditRepository {

    AuditEvent append(AuditEvent event);

    /** Events, optionally only of one actor and/or one outcome. */
    Page<AuditEvent> search(String actorOrNull, AuditOutcome outcomeOrNull, PageRequest page);

    /** The authenticated subjects seen, most recently active first, with the roles of their latest event. */
    List<ActorSummary> actors(int max);
}
