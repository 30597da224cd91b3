package io.aitbc.client.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code <base>/health} of an AITBC server (liveness and readiness together). */
public final class ServerHealthClient {

    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();

    public ServerHealthClient(Duration timeout) {
        this.timeout = timeout;
        // HTTP/1.1: the JDK client's default h2c upgrade on http:// lost connections to Payara (measured)
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /**
     * @throws IOException if the server cannot be reached or does not answer a health document (a server
     *                     that is DOWN answers 503 with one, which is a report, not an exception)
     */
    public HealthReport check(URI baseUrl) throws IOException, InterruptedException {
        URI uri = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/health");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 && r.statusCode() != 503) {
            throw new IOException(uri + " answered HTTP " + r.statusCode() + " (not an AITBC health endpoint?)");
        }
        JsonNode root;
        try {
            root = json.readTree(r.body());
        } catch (IOException e) {
            throw new IOException(uri + " did not answer a JSON health document", e);
        }
        if (root == null || !root.path("status").isTextual()) {
            throw new IOException(uri + " answered JSON without a status");
        }
        List<HealthReport.Check> checks = new ArrayList<>();
        for (JsonNode c : root.path("checks")) {
            Map<String, String> data = new LinkedHashMap<>();
            c.path("data").properties().forEach(e -> data.put(e.getKey(), e.getValue().asText()));
            checks.add(new HealthReport.Check(c.path("name").asText(), c.path("status").asText(), data));
        }
        return new HealthReport(root.get("status").asText(), checks);
    }
}
