package io.aitbc.client.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Predicate;

/**
 * The wire under {@link AitbcClient}: HTTP/1.1 requests to {@code <base>/api/v1} with the bearer token, JSON and
 * multipart bodies, Server-Sent Event streams, and every 4xx/5xx answer turned into an {@link ApiException} with the
 * server's problem details (RFC 9457). A server that cannot be reached is an ApiException with status 0.
 */
final class HttpTransport {

    static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final String ACCEPT_JSON = "application/json, application/problem+json";

    private final String api;
    private final String token;
    private final Duration timeout;
    private final HttpClient http;

    HttpTransport(URI baseUrl, String token, Duration timeout) {
        this.api = baseUrl.toString().replaceAll("/+$", "") + "/api/v1";
        this.token = Objects.requireNonNull(token, "a bearer token is required").strip();
        if (this.token.isEmpty()) {
            throw new IllegalArgumentException("a bearer token is required");
        }
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        // HTTP/1.1: the JDK client's default h2c upgrade on http:// lost connections to Payara after refused uploads (measured)
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10)).build();
    }

    /** A successful answer: status, headers and body. */
    record Answer(int status, HttpHeaders headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            if (body.length == 0) {
                return null;
            }
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new ApiException(status, "unexpected answer", "not JSON: " + e.getMessage());
            }
        }

        <T> T as(Class<T> type) {
            try {
                return JSON.readValue(body, type);
            } catch (IOException e) {
                throw new ApiException(status, "unexpected answer", "not a " + type.getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    /** {@code path?name=value&...} with the non-null parameters, URL-encoded, in the map's order. */
    static String query(String path, Map<String, ?> parameters) {
        StringJoiner q = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        parameters.forEach((k, v) -> {
            if (v != null) {
                q.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v.toString(), StandardCharsets.UTF_8));
            }
        });
        return q.toString();
    }

    static String toJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request as JSON: " + e.getMessage(), e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(api + path)).timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", ACCEPT_JSON);
    }

    /** A request for a file download: the server answers octet-stream, or problem details when it refuses. */
    HttpRequest.Builder download(String path) {
        return request(path).header("Accept", "application/octet-stream, application/problem+json");
    }

    HttpRequest.Builder json(String path, String method, Object body) {
        return request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(toJson(body), StandardCharsets.UTF_8));
    }

    HttpRequest.Builder multipart(String path, Multipart form) {
        return request(path).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()));
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        HttpResponse<byte[]> r = call(built, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() >= 400) {
            throw problem(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        }
        return new Answer(r.statusCode(), r.headers(), r.body());
    }

    /**
     * Reads a Server-Sent Events stream, handing each event to the listener until the server closes the stream or
     * the listener answers false. A request timeout does not apply: the stream lasts as long as the server keeps it.
     */
    void events(String path, Predicate<ServerSentEvent> listener) {
        HttpRequest r = HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> response = call(r, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body();
             BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            if (response.statusCode() >= 400) {
                throw problem(response.statusCode(), new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
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
        } catch (IOException e) {
            throw new ApiException(0, "unreachable", r.uri() + ": the event stream broke: " + e.getMessage());
        }
    }

    private <T> HttpResponse<T> call(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new ApiException(0, "unreachable", "cannot reach " + request.uri() + ": " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "interrupted", "interrupted while calling " + request.uri());
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The problem details of a refusal, with validation violations appended to the detail; else the raw answer. */
    static ApiException problem(int status, String body) {
        try {
            JsonNode p = JSON.readTree(body);
            if (p != null && p.isObject() && (p.has("title") || p.has("detail"))) {
                StringBuilder detail = new StringBuilder(p.path("detail").asText(""));
                p.path("violations").forEach(v -> detail.append(detail.isEmpty() ? "" : "; ").append(v.path("field").asText())
                        .append(": ").append(v.path("message").asText()));
                return new ApiException(status, p.path("title").asText("HTTP " + status), detail.toString());
            }
        } catch (JsonProcessingException e) {
            // not problem details: report the raw answer below
        }
        String raw = body == null ? "" : body.strip();
        return new ApiException(status, "HTTP " + status, raw.length() > 200 ? raw.substring(0, 200) : raw);
    }
}
