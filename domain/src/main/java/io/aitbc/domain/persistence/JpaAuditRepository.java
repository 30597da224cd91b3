package io.aitbc.domain.persistence;

import io.aitbc.domain.audit.ActorSummary;
import io.aitbc.domain.audit.AuditEntry;
import io.aitbc.domain.audit.AuditEvent;
import io.aitbc.domain.audit.AuditOutcome;
import io.aitbc.domain.audit.AuditRepository;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class JpaAuditRepository extends JpaStore<AuditEvent> implements AuditRepository {

    protected JpaAuditRepository() {
        super(AuditEvent.class);
    }

    /** For use outside a container (tests, tools). */
    public JpaAuditRepository(EntityManager em) {
        super(AuditEvent.class, em);
    }

    @Override
    public AuditEvent append(AuditEvent event) {
        em.persist(event);
        return event;
    }

    @Override
    public Page<AuditEvent> search(String actorOrNull, AuditOutcome outcomeOrNull, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        if (actorOrNull != null) {
            conditions.add("e.actor = :actor");
        }
        if (outcomeOrNull != null) {
            conditions.add("e.outcome = :outcome");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        var q = em.createQuery("SELECT e FROM AuditEvent e" + where + " ORDER BY e.id DESC", AuditEvent.class);
        var c = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class);
        if (actorOrNull != null) {
            q.setParameter("actor", actorOrNull);
            c.setParameter("actor", actorOrNull);
        }
        if (outcomeOrNull != null) {
            q.setParameter("outcome", outcomeOrNull);
            c.setParameter("outcome", outcomeOrNull);
        }
        return page(q, c, page);
    }

    @Override
    public List<ActorSummary> actors(int max) {
        // The latest event (highest id) gives both the roles and the time last seen: an aggregate over the
        // converted timestamp column would bypass the Instant converter on PostgreSQL.
        List<Object[]> rows = em.createQuery("SELECT e.actor, COUNT(e), MAX(e.id) FROM AuditEvent e"
                        + " WHERE e.actor <> :anonymous GROUP BY e.actor ORDER BY MAX(e.id) DESC", Object[].class)
                .setParameter("anonymous", AuditEntry.ANONYMOUS).setMaxResults(max).getResultList();
        List<ActorSummary> actors = new ArrayList<>();
        for (Object[] r : rows) {
            AuditEvent latest = em.find(AuditEvent.class, ((Number) r[2]).longValue());
            actors.add(new ActorSummary((String) r[0], latest.entry().actorRoles(), latest.occurredAt(), ((Number) r[1]).longValue()));
        }
        return actors;
    }
}
