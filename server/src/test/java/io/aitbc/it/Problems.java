package io.aitbc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks of RFC 9457 problem details answers. */
final class Problems {

    private Problems() {
    }

    /** The answer is a problem details document with this status, a title and a detail. */
    static void assertProblem(Api.Answer a, int status) {
        assertEquals(status, a.status(), a.body());
        assertTrue(a.contentType().startsWith("application/problem+json"), "content type " + a.contentType());
        JsonNode p = a.json();
        assertEquals(status, p.path("status").asInt(), a.body());
        assertTrue(p.path("title").isTextual() && !p.path("title").asText().isBlank(), a.body());
        assertTrue(p.path("detail").isTextual(), a.body());
    }
}
