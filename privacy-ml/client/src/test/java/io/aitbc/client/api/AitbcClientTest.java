package io.aitbc.client.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK's wire behaviour against the JDK's own HTTP server: HTTP/1.1 without an h2c upgrade, the bearer token,
 * problem details as ApiExceptions, idempotent submissions, checked downloads, Server-Sent Events.
 */
class AitbcClientTest {

    private record Seen(String method, String path, String protocol, Map<String, List<String>> headers, String body) {
    }

    private HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private AitbcClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
        client = new AitbcClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), " tok.en ",
                Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Answers {@code path} with a fixed status, content type, headers and body, recording each request. */
    private void answer(String path, int status, String type, Map<String, String> headers, String body) {
        server.createContext("/api/v1" + path, exchange -> {
            record(exchange);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    private void record(HttpExchange e) throws IOException {
        seen.add(new Seen(e.getRequestMethod(), e.getRequestURI().toString(), e.getProtocol(), e.getRequestHeaders(),
                new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    @Test
    void speaksHttp11WithTheBearerTokenAndNoH2cUpgrade() {
        answer("/models/7", 200, "application/json", Map.of(), "{\"id\":7,\"owner\":\"alice\",\"name\":\"m\",\"versionCount\":1,\"extra\":1}");
        Views.Model m = client.model(7);
        assertEquals(7, m.id());
        assertEquals("alice", m.owner());
        Seen r = seen.getFirst();
        assertEquals("HTTP/1.1", r.protocol());
        assertEquals(List.of("Bearer tok.en"), r.headers().get("Authorization"));
        assertNull(r.headers().get("Upgrade"), "an h2c upgrade lost connections to Payara: " + r.headers());
        assertNull(r.headers().get("Http2-settings"), r.headers().toString());
    }

    @Test
    void problemDetailsBecomeApiExceptionsWithTheViolations() {
        answer("/marketplace/listings", 400, "application/problem+json", Map.of(), """
                {"type":"about:blank","title":"Bad Request","status":400,"detail":"invalid request",
                 "violations":[{"field":"search.level","message":"must match \\"fhe|zkml|hybrid\\""}]}""");
        ApiException e = assertThrows(ApiException.class, () -> client.listings(
                new ListingSearch(null, "quantum", null, null, false, null), Paging.first(5)));
        assertEquals(400, e.status());
        assertEquals("Bad Request", e.title());
        assertEquals("invalid request; search.level: must match \"fhe|zkml|hybrid\"", e.detail());
        assertTrue(e.getMessage().startsWith("HTTP 400 Bad Request: invalid request"), e.getMessage());
        assertEquals("/api/v1/marketplace/listings?level=quantum&page=0&size=5", seen.getFirst().path());
    }

    @Test
    void anAnswerThatIsNoProblemDocumentIsReportedRaw() {
        answer("/keys/3", 502, "text/html", Map.of(), "<html>proxy error</html>");
        ApiException e = assertThrows(ApiException.class, () -> client.deleteKeySet(3));
        assertEquals(502, e.status());
        assertEquals("<html>proxy error</html>", e.detail());
        assertEquals("DELETE", seen.getFirst().method());
    }

    @Test
    void anUnreachableServerIsStatusZero() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        AitbcClient nowhere = new AitbcClient(URI.create("http://127.0.0.1:" + port), "t", Duration.ofSeconds(5));
        ApiException e = assertThrows(ApiException.class, () -> nowhere.models(null));
        assertEquals(0, e.status());
        assertTrue(e.getMessage().startsWith("cannot reach http://127.0.0.1:" + port + "/api/v1/models"), e.getMessage());
    }

    @Test
    void anIdempotentSubmissionSendsItsKeyAndReadsTheReplay() throws IOException {
        answer("/ml/models/4/inference", 202, "application/json", Map.of("Idempotent-Replayed", "true"),
                "{\"id\":99,\"modelId\":4,\"modelVersion\":1,\"privacyLevel\":\"zkml\",\"status\":\"queued\"}");
        Views.Submission s = client.submit(4, InferenceRequest.zkml(1, new ObjectMapper().readTree("[1, 0.5]")), "k-1");
        assertEquals(99, s.job().id());
        assertTrue(s.replayed());
        Seen r = seen.getFirst();
        assertEquals(List.of("k-1"), r.headers().get("Idempotency-key"));
        assertEquals("{\"privacyLevel\":\"zkml\",\"modelVersion\":1,\"input\":[1,0.5]}", r.body());
    }

    @Test
    void listingTermsTravelAsTheServerReadsThem() {
        answer("/marketplace/listings", 201, "application/json", Map.of(), """
                {"id":5,"modelId":2,"title":"T","status":"active","priceFhe":0.5,"verifiedProofs":0}""");
        Views.Listing l = client.createListing(new ListingTerms(2, "T", null, new java.math.BigDecimal("0.50"), null, null, null));
        assertEquals(5, l.id());
        assertEquals(0, new java.math.BigDecimal("0.5").compareTo(l.priceFhe()));
        assertEquals("{\"modelId\":2,\"title\":\"T\",\"priceFhe\":\"0.50\"}", seen.getFirst().body());
        assertEquals(List.of("application/json"), seen.getFirst().headers().get("Content-type"));
    }

    @Test
    void aDownloadThatDoesNotMatchItsAnnouncedDigestIsRefused() {
        String sha256OfAbc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        answer("/ml/jobs/1/result", 200, "application/octet-stream", Map.of("X-Content-SHA256", sha256OfAbc), "abc");
        answer("/ml/jobs/2/result", 200, "application/octet-stream", Map.of("X-Content-SHA256", sha256OfAbc), "abd");
        assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII), client.result(1));
        ApiException e = assertThrows(ApiException.class, () -> client.result(2));
        assertTrue(e.getMessage().contains("does not match its SHA-256"), e.getMessage());
    }

    @Test
    void followingAJobReadsItsEventsToTheEnd() {
        answer("/ml/jobs/8/events", 200, "text/event-stream", Map.of(), """
                event: progress
                data: {"id":8,"status":"running","progressPercent":40,"progressStep":"witness"}

                : a comment line is ignored
                event: progress
                data: {"id":8,"status":"succeeded","progressPercent":100}

                event: done
                data: succeeded

                """);
        List<Integer> percents = new CopyOnWriteArrayList<>();
        Views.Job done = client.followJob(8, j -> percents.add(j.progressPercent()));
        assertEquals("succeeded", done.status());
        assertEquals(List.of(40, 100), percents);
        assertEquals(List.of("text/event-stream"), seen.getFirst().headers().get("Accept"));
    }

    @Test
    void queriesKeepOnlyGivenParametersEncoded() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("q", "fraud & co");
        p.put("level", null);
        p.put("size", 5);
        assertEquals("/marketplace/listings?q=fraud+%26+co&size=5", HttpTransport.query("/marketplace/listings", p));
        assertEquals("/x", HttpTransport.query("/x", Map.of()));
        assertFalse(HttpTransport.query("/x", Map.of("a", "é")).contains("é"));
    }
}
