package io.aitbc.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Plain HTTP calls to the running server, as any client would make them. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    // HTTP/1.1: the JDK client's default (HTTP/2 via an h2c upgrade) lost a connection to Payara's listener
    // mid-test ("EOF reached while reading") after a refused upload (measured).
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** An answer: status, content type and body (parsed as JSON when it is JSON). */
    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }
    }

    Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    Answer delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    Answer post(String path, String token, Object body) {
        return send(path, "POST", token, "application/json", toJson(body));
    }

    Answer postWithHeader(String path, String token, Object body, String header, String value) {
        return send(request(path, token).header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body), StandardCharsets.UTF_8)));
    }

    Answer put(String path, String token, Object body) {
        return send(path, "PUT", token, "application/json", toJson(body));
    }

    Answer send(String path, String method, String token, String contentType, String body) {
        return send(request(path, token).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A binary body (an upload, a multipart form) of the given content type. */
    Answer send(String path, String method, String token, String contentType, byte[] body) {
        return send(request(path, token).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer post(String path, String token, Form form) {
        return send(path, "POST", token, form.contentType(), form.toBytes());
    }

    /** A download: status, headers and the body as bytes. */
    record Download(int status, byte[] body, HttpResponse<byte[]> raw) {
        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }
    }

    Download download(String path, String token) {
        try {
            HttpResponse<byte[]> r = http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart/form-data body: named parts, each JSON or bytes. */
    static final class Form {
        private final String boundary = "aitbc-it-" + java.util.UUID.randomUUID();
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        Form json(String name, Object value) {
            return part(name, null, "application/json", toJson(value).getBytes(StandardCharsets.UTF_8));
        }

        Form file(String name, byte[] content) {
            return part(name, name + ".bin", "application/octet-stream", content);
        }

        private Form part(String name, String fileName, String type, byte[] content) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                    + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: " + type + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] toBytes() {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            all.writeBytes(out.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }
    }

    /** A body sent chunked, without a Content-Length. */
    Answer postChunked(String path, String token, byte[] body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    static String toJson(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
