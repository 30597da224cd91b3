package io.aitbc.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A stored audit log entry. Append-only: nothing updates or deletes it. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_subject", nullable = false, updatable = false, length = 255)
    private String actor;

    @Column(name = "actor_roles", updatable = false, length = 100)
    private String actorRoles;

    @Column(nullable = false, updatable = false, length = 200)
    private String action;

    @Column(updatable = false, length = 500)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private AuditOutcome outcome;

    @Column(name = "http_status", updatable = false)
    private Integer httpStatus;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    @Column(updatable = false, length = 1000)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(AuditEntry e, Instant now) {
        this.occurredAt = Objects.requireNonNull(now);
        this.actor = e.actor();
        this.actorRoles = e.actorRoles();
        this.action = e.action();
        this.target = e.target();
        this.outcome = e.outcome();
        this.httpStatus = e.httpStatus();
        this.clientAddress = e.clientAddress();
        this.detail = e.detail();
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public AuditEntry entry() {
        return new AuditEntry(actor, actorRoles, action, target, outcome, httpStatus, clientAddress, detail);
    }
}
