package io.aitbc.web.api;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** {@code ?from=&to=&owner=} on GET /marketplace/billing: an ISO-8601 period (default: the last 30 days). */
public class BillingQuery {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    @QueryParam("from")
    @Size(max = 40)
    public String from;

    @QueryParam("to")
    @Size(max = 40)
    public String to;

    @QueryParam("owner")
    @Size(min = 1, max = 255)
    public String owner;

    Instant toInstant() {
        return to == null ? Instant.now() : parse("to", to);
    }

    Instant fromInstant(Instant end) {
        return from == null ? end.minus(DEFAULT_PERIOD) : parse("from", from);
    }

    private static Instant parse(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' is not an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
    }
}
