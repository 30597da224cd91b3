package io.aitbc.domain.audit;

import java.util.Objects;

/**
 * What a caller of {@link AuditLog} reports: who did what to which target, how it ended, and details.
 *
 * @param actor         the subject (JWT sub), or {@link #ANONYMOUS}
 * @param actorRoles    its roles as a comma-separated list, or null
 * @param action        what was attempted, e.g. {@code "DELETE /api/v1/keys/{id}"} or {@code "key.delete"}
 * @param target        the thing acted on, e.g. {@code "/api/v1/keys/51"}, or null
 * @param outcome       succeeded, denied or failed
 * @param httpStatus    the HTTP status answered, when the action was a request; else null
 * @param clientAddress the caller's network address, or null
 * @param detail        free text (never secrets), or null
 */
public record AuditEntry(String actor, String actorRoles, String action, String target, AuditOutcome outcome,
                         Integer httpStatus, String clientAddress, String detail) {

    public static final String ANONYMOUS = "anonymous";

    public AuditEntry {
        actor = actor == null || actor.isBlank() ? ANONYMOUS : clip(actor, 255);
        actorRoles = clip(actorRoles, 100);
        action = clip(Objects.requireNonNull(action, "action"), 200);
        target = clip(target, 500);
        Objects.requireNonNull(outcome, "outcome");
        clientAddress = clip(clientAddress, 64);
        detail = clip(detail, 1000);
    }

    /** An action of a service (no HTTP request involved). */
    public static AuditEntry of(String actor, String action, String target, AuditOutcome outcome, String detail) {
        return new AuditEntry(actor, null, action, target, outcome, null, null, detail);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
