package io.aitbc.domain.audit;

import java.time.Instant;

/** A subject seen in the audit log: the roles its latest request carried, when it was last seen, how often. */
public record ActorSummary(String actor, String roles, Instant lastSeen, long events) {
}
