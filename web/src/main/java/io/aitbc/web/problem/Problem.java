package io.aitbc.web.problem;

import java.util.List;

/**
 * An error body as RFC 9457 describes it (application/problem+json): every 4xx and 5xx of the API has one.
 *
 * @param violations for validation errors: which input broke which rule
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One input that failed validation. */
    public record Violation(String field, String message) { }

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, null);
    }
}
