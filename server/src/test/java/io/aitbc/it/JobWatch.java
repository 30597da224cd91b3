package io.aitbc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Follows a job through GET /ml/jobs/{id}, recording every distinct state (status, percent, step, ETA) seen. */
final class JobWatch {

    private static final Duration LIMIT = Duration.ofMinutes(3);

    private JobWatch() {
    }

    /** Polls (every 20 ms) until {@code done} holds for the job; returns the distinct states seen, the last last. */
    static List<JsonNode> until(Api api, String token, long job, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(LIMIT);
        List<JsonNode> seen = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            Api.Answer a = api.get("/api/v1/ml/jobs/" + job, token);
            assertEquals(200, a.status(), a.body());
            JsonNode state = a.json();
            if (seen.isEmpty() || !sameProgress(seen.getLast(), state)) {
                seen.add(state);
            }
            if (done.test(state)) {
                return seen;
            }
            sleep(20);
        }
        throw new AssertionError("job " + job + " did not get there within " + LIMIT + "; seen: " + seen);
    }

    /** Polls {@code path} (every 250 ms) until {@code done} holds or {@code limit} has passed; returns the last answer. */
    static JsonNode poll(Api api, String path, String token, Predicate<JsonNode> done, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            Api.Answer a = api.get(path, token);
            assertEquals(200, a.status(), a.body());
            if (done.test(a.json()) || Instant.now().isAfter(deadline)) {
                return a.json();
            }
            sleep(250);
        }
    }

    private static boolean sameProgress(JsonNode a, JsonNode b) {
        return a.path("status").equals(b.path("status")) && a.path("progressPercent").equals(b.path("progressPercent"))
                && a.path("progressStep").equals(b.path("progressStep")) && a.path("eta").equals(b.path("eta"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
