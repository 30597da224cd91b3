package io.aitbc.client.cli.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.aitbc.client.api.ApiClient;
import io.aitbc.client.api.ApiException;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** Follows a job's Server-Sent Events (/ml/jobs/{id}/events) with a progress bar until it finishes. */
final class JobWatcher {

    private JobWatcher() {
    }

    /** Returns the job as it finished (its last progress event), or the latest state when the stream ended early. */
    static JsonNode watch(ApiClient api, long jobId, ProgressBar bar) throws IOException, ApiException {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        while (true) {
            api.events("/ml/jobs/" + jobId + "/events", event -> {
                if (event.name().equals("progress")) {
                    try {
                        JsonNode job = ApiClient.json().readTree(event.data());
                        last.set(job);
                        String eta = job.path("eta").asText(null);
                        bar.update(job.path("progressPercent").asInt(), job.path("progressStep").asText(null),
                                eta == null ? null : Instant.parse(eta));
                    } catch (IOException | RuntimeException e) {
                        return true; // an event we cannot read does not end the watch
                    }
                }
                return !event.name().equals("done");
            });
            JsonNode job = last.get();
            if (job != null && isFinished(job)) {
                bar.finish("job " + jobId + " " + job.path("status").asText()
                        + (job.hasNonNull("error") ? ": " + job.path("error").asText() : ""));
                return job;
            }
            // the server closes long streams; follow again, as EventSource reconnects
        }
    }

    static boolean isFinished(JsonNode job) {
        return switch (job.path("status").asText()) {
            case "succeeded", "failed", "cancelled" -> true;
            default -> false;
        };
    }
}
