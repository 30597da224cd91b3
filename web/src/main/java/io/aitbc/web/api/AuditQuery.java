package io.aitbc.web.api;

import io.aitbc.domain.audit.AuditOutcome;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.Locale;

/** {@code ?actor=&outcome=succeeded|denied|failed&page=&size=} on GET /admin/audit. */
public class AuditQuery extends PageParams {

    @QueryParam("actor")
    @Size(min = 1, max = 255)
    public String actor;

    @QueryParam("outcome")
    @Pattern(regexp = "succeeded|denied|failed")
    public String outcome;

    AuditOutcome outcomeOrNull() {
        return outcome == null ? null : AuditOutcome.valueOf(outcome.toUpperCase(Locale.ROOT));
    }
}
