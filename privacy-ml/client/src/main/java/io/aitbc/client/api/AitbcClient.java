package io.aitbc.client.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The AITBC REST API over HTTP (java.net.http): models and versions, FHE profiles, key sets, inference jobs and
 * results. Every call sends the bearer token; refusals are {@link ApiException}s carrying the server's problem
 * details. Thread-safe.
 */
public final class AitbcClient {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final String api;
    private final String token;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param baseUrl the server, e.g. {@code http://127.0.0.1:8080}
     * @param token   a bearer token (JWT) carrying the caller's roles
     */
    public AitbcClient(URI baseUrl, String token, Duration timeout) {
        this.api = baseUrl.toString().replaceAll("/+$", "") + "/api/v1";
        this.token = Objects.requireNonNull(token, "a bearer token is required");
        this.timeout = timeout;
        // HTTP/1.1: an h2c upgrade (the JDK client's default on http://) lost connections to Payara (measured)
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    // ------------------------------------------------------------------ models

    public Views.Model createModel(String name, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("description", description);
        return read(send(json("/models", "POST", body)), Views.Model.class);
    }

    public List<Views.Model> models(String ownerOrNull) {
        String query = ownerOrNull == null ? "" : "&owner=" + java.net.URLEncoder.encode(ownerOrNull, java.nio.charset.StandardCharsets.UTF_8);
        JsonNode page = tree(send(request("/models?size=100" + query).GET()));
        return readList(page.path("items"), Views.Model.class);
    }

    public List<Views.ModelVersion> versions(long modelId) {
        return readList(tree(send(request("/models/" + modelId + "/versions").GET())), Views.ModelVersion.class);
    }

    /**
     * Registers the next version of a model from its ONNX file.
     *
     * @param optionsJson the FHE options ({@code allowApproximateActivations}, {@code calibrationInputs}, ...), or null
     */
    public Views.ModelVersion registerVersion(long modelId, byte[] onnx, String optionsJson) {
        Multipart form = new Multipart().file("onnx", "model.onnx", onnx);
        if (optionsJson != null) {
            form.json("options", optionsJson);
        }
        return read(send(multipart("/models/" + modelId + "/versions", form)), Views.ModelVersion.class);
    }

    /** The version's FHE profile (JSON), the latest version if {@code version} is null. */
    public String fheProfile(long modelId, Integer version) {
        return send(request("/ml/models/" + modelId + "/fhe-profile" + (version == null ? "" : "?version=" + version)).GET()).text();
    }

    // ------------------------------------------------------------------ keys

    public Views.KeySet uploadKeys(long modelId, Integer version, byte[] publicKey, byte[] evaluationKeys) {
        Multipart form = new Multipart().file("publicKey", "public.key", publicKey)
                .file("evaluationKeys", "evaluation.keys", evaluationKeys);
        return read(send(multipart("/keys?modelId=" + modelId + (version == null ? "" : "&version=" + version), form)),
                Views.KeySet.class);
    }

    public List<Views.KeySet> keySets() {
        return readList(tree(send(request("/keys").GET())), Views.KeySet.class);
    }

    public void deleteKeySet(long id) {
        send(request("/keys/" + id).DELETE());
    }

    // ------------------------------------------------------------------ inference

    /** Submits an fhe inference job with its input ciphertext; the job is queued (and starts at once). */
    public Views.Job submitFhe(long modelId, Integer version, long keySetId, byte[] ciphertext) {
        return submit(modelId, version, "fhe", keySetId, ciphertext, false);
    }

    /**
     * Submits an inference job with its input (fhe: the ciphertext; hybrid: ciphertext + input proof, which the server
     * verifies before queuing anything).
     */
    public Views.Job submit(long modelId, Integer version, String privacyLevel, long keySetId, byte[] input,
                            boolean verificationRequired) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("privacyLevel", privacyLevel);
        request.put("keySetId", keySetId);
        request.put("verificationRequired", verificationRequired);
        if (version != null) {
            request.put("modelVersion", version);
        }
        Multipart form = new Multipart().json("request", toJson(request)).file("input", "input.bin", input);
        return read(send(multipart("/ml/models/" + modelId + "/inference", form)), Views.Job.class);
    }

    // ------------------------------------------------------------------ hybrid

    /** The version's hybrid profile (JSON), the latest version if {@code version} is null. */
    public String hybridProfile(long modelId, Integer version) {
        return send(request("/ml/models/" + modelId + "/hybrid-profile" + (version == null ? "" : "?version=" + version)).GET()).text();
    }

    /** A marketplace listing: the model it offers and the commitments of that model's versions. */
    public Views.Listing listing(long id) {
        return read(send(request("/marketplace/listings/" + id).GET()), Views.Listing.class);
    }

    /** A file of a circuit named by a hybrid profile: "zkey", "wasm" or "verification-key". */
    public byte[] hybridCircuitFile(String circuit, String file) {
        return send(request("/ml/hybrid/circuits/" + circuit + "/" + file)
                .header("Accept", "application/octet-stream, application/problem+json").GET()).body();
    }

    /** Registers a BFV public key (fhe format) with its key proof (hybrid format). */
    public Views.KeySet registerHybridKey(byte[] publicKey, byte[] keyProof) {
        Multipart form = new Multipart().file("publicKey", "public.key", publicKey).file("keyProof", "key.proof", keyProof);
        return read(send(multipart("/ml/hybrid/keys", form)), Views.KeySet.class);
    }

    /** The caller's most recent jobs (up to 100), newest first. */
    public List<Views.Job> jobs() {
        return readList(tree(send(request("/ml/jobs?size=100").GET())).path("items"), Views.Job.class);
    }

    public Views.Job job(long id) {
        return read(send(request("/ml/jobs/" + id).GET()), Views.Job.class);
    }

    /** Polls the job until it is finished, reporting each change of progress; throws if {@code limit} passes first. */
    public Views.Job awaitJob(long id, JobWatcher watcher, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        Views.Job last = null;
        long pause = 100;
        while (true) {
            Views.Job j = job(id);
            if (watcher != null && (last == null || j.progressPercent() != last.progressPercent()
                    || !Objects.equals(j.status(), last.status()) || !Objects.equals(j.progressStep(), last.progressStep()))) {
                watcher.changed(j);
            }
            last = j;
            if (j.finished()) {
                return j;
            }
            if (System.nanoTime() > deadline) {
                throw new ApiException(0, "timeout", "job " + id + " did not finish within " + limit + " (it is " + j.status() + ")");
            }
            sleep(pause);
            pause = Math.min(1000, pause * 2);
        }
    }

    /** The finished job's result, checked against the SHA-256 the server announces. */
    public byte[] result(long jobId) {
        Answer r = send(request("/ml/jobs/" + jobId + "/result")
                .header("Accept", "application/octet-stream, application/problem+json").GET());
        String announced = r.headers().firstValue("X-Content-SHA256").orElse(null);
        if (announced != null && !announced.equalsIgnoreCase(sha256(r.body()))) {
            throw new ApiException(0, "corrupted download", "the result of job " + jobId + " does not match its SHA-256");
        }
        return r.body();
    }

    // ------------------------------------------------------------------ zkml: circuits and proofs

    /** Submits a zkml inference job with its input (JSON: a nested array of numbers); the server proves it. */
    public Views.Job submitZkml(long modelId, Integer version, byte[] inputJson) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("privacyLevel", "zkml");
        if (version != null) {
            request.put("modelVersion", version);
        }
        Multipart form = new Multipart().json("request", toJson(request)).file("input", "input.json", inputJson);
        return read(send(multipart("/ml/models/" + modelId + "/inference", form)), Views.Job.class);
    }

    /** A version's circuit: status, build progress, constraints (JSON as the server sends it). */
    public JsonNode circuit(long modelId, int version) {
        return tree(send(request("/models/" + modelId + "/versions/" + version + "/circuit").GET()));
    }

    /** A proof: proof (snarkjs proof.json), publicSignals (public.json), statement, verification, anchoring. */
    public JsonNode proof(long proofId) {
        return tree(send(request("/ml/proofs/" + proofId).GET()));
    }

    /** Has the server verify the stored proof: valid, outcome, detail, verificationMicros. */
    public JsonNode verifyProof(long proofId) {
        return tree(send(request("/ml/proofs/" + proofId + "/verify").POST(HttpRequest.BodyPublishers.noBody())));
    }

    /** The verification key (snarkjs verification_key.json) of the proof's model version. */
    public String proofVerificationKey(long proofId) {
        return new String(send(request("/ml/proofs/" + proofId + "/verification-key").GET()).body(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Called with each new state of a job being awaited. */
    @FunctionalInterface
    public interface JobWatcher {
        void changed(Views.Job job);
    }

    // ------------------------------------------------------------------ HTTP

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(api + path)).timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json");
    }

    private HttpRequest.Builder json(String path, String method, Object body) {
        return request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(toJson(body)));
    }

    private HttpRequest.Builder multipart(String path, Multipart form) {
        return request(path).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()));
    }

    private Answer send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        HttpResponse<byte[]> r;
        try {
            r = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ApiException(0, "unreachable", built.uri() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "interrupted", "interrupted while calling " + built.uri());
        }
        if (r.statusCode() >= 400) {
            throw problem(r);
        }
        return new Answer(r.statusCode(), r.headers(), r.body());
    }

    private static ApiException problem(HttpResponse<byte[]> r) {
        String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            JsonNode p = JSON.readTree(body);
            if (p != null && p.has("status")) {
                String detail = p.path("detail").asText("");
                if (p.has("violations")) {
                    StringBuilder sb = new StringBuilder(detail);
                    p.path("violations").forEach(v -> sb.append("; ").append(v.path("field").asText()).append(": ")
                            .append(v.path("message").asText()));
                    detail = sb.toString();
                }
                return new ApiException(r.statusCode(), p.path("title").asText(""), detail);
            }
        } catch (JsonProcessingException e) {
            // not problem details: report the raw answer below
        }
        return new ApiException(r.statusCode(), "HTTP " + r.statusCode(), body.length() > 200 ? body.substring(0, 200) : body);
    }

    private static <T> T read(Answer r, Class<T> type) {
        try {
            return JSON.readValue(r.body(), type);
        } catch (IOException e) {
            throw new ApiException(r.status(), "unexpected answer", "not a " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    private static JsonNode tree(Answer r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new ApiException(r.status(), "unexpected answer", "not JSON: " + e.getMessage());
        }
    }

    private static <T> List<T> readList(JsonNode array, Class<T> type) {
        JavaType listType = JSON.getTypeFactory().constructCollectionType(List.class, type);
        return JSON.convertValue(array, listType);
    }

    private static String toJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "interrupted", "interrupted while waiting for a job");
        }
    }

    /** A successful answer: status, headers and body. */
    private record Answer(int status, java.net.http.HttpHeaders headers, byte[] body) {
        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
