package io.aitbc.client.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Predicate;

/**
 * The AITBC REST API over HTTP with a bearer token: JSON in and out, problem details turned into
 * {@link ApiException}s, and Server-Sent Event streams. Thread-safe; one instance per server and token.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String token;
    private final Duration timeout;
    private final HttpClient http;

    public ApiClient(URI baseUrl, String token, Duration timeout) {
        this.base = baseUrl.toString().replaceAll("/+$", "") + "/api/v1";
        this.token = Objects.requireNonNull(token, "token").strip();
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build(); // the h2c upgrade lost connections to Payara
    }

    /** {@code path?name=value&...} with the non-null parameters, URL-encoded. */
    public static String query(String path, Map<String, ?> parameters) {
        StringJoiner q = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        parameters.forEach((k, v) -> {
            if (v != null) {
                q.add(k + "=" + URLEncoder.encode(v.toString(), StandardCharsets.UTF_8));
            }
        });
        return q.toString();
    }

    public JsonNode get(String path) throws IOException, ApiException {
        return send(request(path).GET()).body();
    }

    public JsonNode post(String path, Object body) throws IOException, ApiException {
        return send(json(request(path), "POST", body)).body();
    }

    /** A POST whose answer headers matter too (e.g. Idempotent-Replayed). */
    public Answer postWithHeaders(String path, Object body, Map<String, String> headers) throws IOException, ApiException {
        HttpRequest.Builder r = request(path);
        headers.forEach(r::header);
        return send(json(r, "POST", body));
    }

    public JsonNode put(String path, Object body) throws IOException, ApiException {
        return send(json(request(path), "PUT", body)).body();
    }

    public void delete(String path) throws IOException, ApiException {
        send(request(path).DELETE());
    }

    /** A successful answer: status, body (JSON, or null when empty) and a header lookup. */
    public record Answer(int status, JsonNode body, HttpResponse<String> raw) {
        public boolean hasHeader(String name, String value) {
            return raw.headers().allValues(name).contains(value);
        }
    }

    /**
     * Reads a Server-Sent Events stream, handing each event to the listener until the server closes the
     * stream or the listener answers false.
     */
    public void events(String path, Predicate<ServerSentEvent> listener) throws IOException, ApiException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> response = call(r, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() >= 400) {
            throw problem(response.statusCode(), new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty() && !listener.test(new ServerSentEvent(name, data.toString()))) {
                        return;
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                }
            }
        }
    }

    public static ObjectMapper json() {
        return JSON;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json, application/problem+json");
    }

    private static HttpRequest.Builder json(HttpRequest.Builder r, String method, Object body) throws IOException {
        return r.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
    }

    private Answer send(HttpRequest.Builder request) throws IOException, ApiException {
        HttpResponse<String> r = call(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 400) {
            throw problem(r.statusCode(), r.body());
        }
        return new Answer(r.statusCode(), r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body()), r);
    }

    private <T> HttpResponse<T> call(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return http.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static ApiException problem(int status, String body) {
        try {
            JsonNode p = JSON.readTree(body);
            return new ApiException(status, p.path("title").asText("error"), p.path("detail").asText(null));
        } catch (IOException | RuntimeException e) {
            return new ApiException(status, "error", body == null ? null : body.substring(0, Math.min(200, body.length())));
        }
    }
}
