package io.aitbc.client.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Java SDK of the AITBC REST API (/api/v1): one method per operation, for models and versions, circuits, FHE
 * and hybrid profiles, key sets, inference jobs and results, proofs, the marketplace (listings, usage, billing,
 * verification history), benchmarks and the audit log. privacy-ml/client/README.md maps each operation to its
 * method and its {@code aitbc} command.
 *
 * <p>Every call sends the bearer token over HTTP/1.1. A refusal (4xx, 5xx) is an {@link ApiException} carrying the
 * server's problem details; a server that cannot be reached is an ApiException with status 0. Operations that answer
 * records the client knows return {@link Views}; reports and searches return the server's JSON as it came (a page:
 * {@code items}, {@code total}, {@code page}, {@code size}). Thread-safe; one instance per server and token.
 */
public final class AitbcClient {

    private final HttpTransport http;

    /**
     * @param baseUrl the server, e.g. {@code http://127.0.0.1:8080}
     * @param token   a bearer token (JWT) carrying the caller's roles
     * @param timeout how long one HTTP answer may take (registration compiles the model: minutes for large ones)
     */
    public AitbcClient(URI baseUrl, String token, Duration timeout) {
        this.http = new HttpTransport(baseUrl, token, timeout);
    }

    // ------------------------------------------------------------------ models

    /** Creates a model (owner role); the caller becomes its owner. */
    public Views.Model createModel(String name, String description) {
        return http.send(http.json("/models", "POST", modelBody(name, description))).as(Views.Model.class);
    }

    /** The first 100 models, newest first; only {@code ownerOrNull}'s if given. */
    public List<Views.Model> models(String ownerOrNull) {
        return listOf(models(ownerOrNull, Paging.first(Paging.MAX_SIZE)).path("items"), Views.Model.class);
    }

    /** A page of models, newest first (JSON page of models). */
    public JsonNode models(String ownerOrNull, Paging paging) {
        return page("/models", parameters("owner", ownerOrNull), paging);
    }

    public Views.Model model(long id) {
        return http.get("/models/" + id).as(Views.Model.class);
    }

    /** Renames or re-describes a model (its owner or an admin). */
    public Views.Model updateModel(long id, String name, String description) {
        return http.send(http.json("/models/" + id, "PUT", modelBody(name, description))).as(Views.Model.class);
    }

    /** Deletes a model with its versions and listings (its owner or an admin; 409 while jobs use it). */
    public void deleteModel(long id) {
        http.send(http.request("/models/" + id).DELETE());
    }

    public List<Views.ModelVersion> versions(long modelId) {
        return listOf(http.get("/models/" + modelId + "/versions").json(), Views.ModelVersion.class);
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
        return http.send(http.multipart("/models/" + modelId + "/versions", form)).as(Views.ModelVersion.class);
    }

    /** The version's FHE profile (JSON), the latest version if {@code version} is null. */
    public String fheProfile(long modelId, Integer version) {
        return http.get(versionQuery("/ml/models/" + modelId + "/fhe-profile", version)).text();
    }

    // ------------------------------------------------------------------ zkml circuits

    /** A version's circuit: status, build progress, constraints, setup (JSON as the server sends it). */
    public JsonNode circuit(long modelId, int version) {
        return http.get(circuitPath(modelId, version)).json();
    }

    /** The verification key of a version's circuit (snarkjs verification_key.json), once the circuit is ready. */
    public String circuitVerificationKey(long modelId, int version) {
        return http.get(circuitPath(modelId, version) + "/verification-key").text();
    }

    /** Builds the version's circuit again (its owner or an admin), e.g. after a failed build; the circuit's state. */
    public JsonNode rebuildCircuit(long modelId, int version) {
        return http.send(http.request(circuitPath(modelId, version) + "/build").POST(HttpRequest.BodyPublishers.noBody())).json();
    }

    /**
     * Polls the version's circuit until its build is over (ready or failed; or not_built when no build is queued),
     * reporting each change; throws if {@code limit} passes first.
     */
    public JsonNode awaitCircuit(long modelId, int version, PreparationWatcher watcher, Duration limit) {
        return awaitPreparation(circuitPath(modelId, version), "the circuit of model " + modelId + " version " + version,
                watcher, limit);
    }

    // ------------------------------------------------------------------ fhe encoding

    /**
     * A version's FHE encoding (model-encoding job): status (not_started, encoding, ready, failed with the reason),
     * the job's progress, whether the weights are sealed, the precomputed FHE layers.
     */
    public JsonNode encoding(long modelId, int version) {
        return http.get(encodingPath(modelId, version)).json();
    }

    /** Encodes the version again (its owner or an admin), e.g. after a failure or a key rotation; the encoding's state. */
    public JsonNode reencode(long modelId, int version) {
        return http.send(http.request(encodingPath(modelId, version)).POST(HttpRequest.BodyPublishers.noBody())).json();
    }

    /**
     * Polls the version's encoding until it is over (ready or failed; or not_started when no run is queued),
     * reporting each change; throws if {@code limit} passes first.
     */
    public JsonNode awaitEncoding(long modelId, int version, PreparationWatcher watcher, Duration limit) {
        return awaitPreparation(encodingPath(modelId, version), "the encoding of model " + modelId + " version " + version,
                watcher, limit);
    }

    /** Polls a preparation of a version (circuit build, encoding) until it is over. */
    private JsonNode awaitPreparation(String path, String what, PreparationWatcher watcher, Duration limit) {
        Poll poll = new Poll(limit);
        JsonNode last = null;
        while (true) {
            JsonNode c = http.get(path).json();
            if (watcher != null && !c.equals(last)) {
                watcher.changed(c);
            }
            last = c;
            String status = c.path("status").asText();
            boolean idle = status.startsWith("not_") && !c.hasNonNull("jobId"); // not_built / not_started: nothing runs
            if (status.equalsIgnoreCase("ready") || status.equalsIgnoreCase("failed") || idle) {
                return c;
            }
            poll.pause(what + " was not over within " + limit + " (it is " + status + ")");
        }
    }

    // ------------------------------------------------------------------ keys

    /** Uploads an FHE public key and evaluation keys generated for the model version's profile (consumer). */
    public Views.KeySet uploadKeys(long modelId, Integer version, byte[] publicKey, byte[] evaluationKeys) {
        Multipart form = new Multipart().file("publicKey", "public.key", publicKey)
                .file("evaluationKeys", "evaluation.keys", evaluationKeys);
        String path = HttpTransport.query("/keys", parameters("modelId", modelId, "version", version));
        return http.send(http.multipart(path, form)).as(Views.KeySet.class);
    }

    /** The caller's key sets (an admin: all). */
    public List<Views.KeySet> keySets() {
        return listOf(http.get("/keys").json(), Views.KeySet.class);
    }

    public Views.KeySet keySet(long id) {
        return http.get("/keys/" + id).as(Views.KeySet.class);
    }

    /** Deletes a key set (409 while queued or running jobs use it). */
    public void deleteKeySet(long id) {
        http.send(http.request("/keys/" + id).DELETE());
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
        Multipart form = new Multipart().json("request", HttpTransport.toJson(request)).file("input", "input.bin", input);
        return http.send(http.multipart("/ml/models/" + modelId + "/inference", form)).as(Views.Job.class);
    }

    /** Submits a zkml inference job with its input (JSON: a nested array of numbers); the server proves it. */
    public Views.Job submitZkml(long modelId, Integer version, byte[] inputJson) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("privacyLevel", "zkml");
        if (version != null) {
            request.put("modelVersion", version);
        }
        Multipart form = new Multipart().json("request", HttpTransport.toJson(request)).file("input", "input.json", inputJson);
        return http.send(http.multipart("/ml/models/" + modelId + "/inference", form)).as(Views.Job.class);
    }

    /**
     * Submits an inference job as one JSON body. With an {@code idempotencyKey} the
     * server queues one job per key and caller however often the request is sent: a retry after a lost answer gets
     * the first job back ({@link Views.Submission#replayed()}).
     */
    public Views.Submission submit(long modelId, InferenceRequest request, String idempotencyKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("privacyLevel", request.privacyLevel());
        putIfPresent(body, "modelVersion", request.modelVersion());
        putIfPresent(body, "keySetId", request.keySetId());
        putIfPresent(body, "verificationRequired", request.verificationRequired());
        putIfPresent(body, "input", request.input());
        HttpRequest.Builder r = http.json("/ml/models/" + modelId + "/inference", "POST", body);
        if (idempotencyKey != null) {
            r.header("Idempotency-Key", idempotencyKey); // the server checks its form (400 when malformed)
        }
        HttpTransport.Answer a = http.send(r);
        return new Views.Submission(a.as(Views.Job.class), a.headers().allValues("Idempotent-Replayed").contains("true"));
    }

    /** The caller's most recent jobs (up to 100), newest first. */
    public List<Views.Job> jobs() {
        return listOf(jobs(Paging.first(Paging.MAX_SIZE)).path("items"), Views.Job.class);
    }

    /** A page of the caller's jobs (an admin: everyone's), newest first. */
    public JsonNode jobs(Paging paging) {
        return page("/ml/jobs", parameters(), paging);
    }

    public Views.Job job(long id) {
        return http.get("/ml/jobs/" + id).as(Views.Job.class);
    }

    /** Polls the job until it is finished, reporting each change of progress; throws if {@code limit} passes first. */
    public Views.Job awaitJob(long id, JobWatcher watcher, Duration limit) {
        Poll poll = new Poll(limit);
        Views.Job last = null;
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
            poll.pause("job " + id + " did not finish within " + limit + " (it is " + j.status() + ")");
        }
    }

    /**
     * Follows the job's Server-Sent Events (GET /ml/jobs/{id}/events) until it finishes, reporting each progress
     * event; reconnects when the server closes a long stream. Returns the job as it finished.
     */
    public Views.Job followJob(long id, JobWatcher watcher) {
        AtomicReference<Views.Job> last = new AtomicReference<>();
        while (true) {
            http.events("/ml/jobs/" + id + "/events", event -> {
                if (event.name().equals("progress")) {
                    try {
                        Views.Job job = HttpTransport.JSON.readValue(event.data(), Views.Job.class);
                        last.set(job);
                        if (watcher != null) {
                            watcher.changed(job);
                        }
                    } catch (java.io.IOException e) {
                        return true; // an event this client cannot read does not end the watch
                    }
                }
                return !event.name().equals("done");
            });
            Views.Job job = last.get();
            if (job != null && job.finished()) {
                return job;
            }
        }
    }

    /** Reads the raw events of a job's progress stream until the listener answers false or the stream ends. */
    public void jobEvents(long id, java.util.function.Predicate<ServerSentEvent> listener) {
        http.events("/ml/jobs/" + id + "/events", listener);
    }

    /**
     * The finished job's result (fhe, hybrid: the result ciphertext; zkml: JSON with the output and the proof's
     * statement), checked against the SHA-256 the server announces.
     */
    public byte[] result(long jobId) {
        HttpTransport.Answer r = http.send(http.download("/ml/jobs/" + jobId + "/result").GET());
        String announced = r.headers().firstValue("X-Content-SHA256").orElse(null);
        if (announced != null && !announced.equalsIgnoreCase(sha256(r.body()))) {
            throw new ApiException(0, "corrupted download", "the result of job " + jobId + " does not match its SHA-256");
        }
        return r.body();
    }

    // ------------------------------------------------------------------ hybrid

    /** The version's hybrid profile (JSON), the latest version if {@code version} is null. */
    public String hybridProfile(long modelId, Integer version) {
        return http.get(versionQuery("/ml/models/" + modelId + "/hybrid-profile", version)).text();
    }

    /** A file of a circuit named by a hybrid profile: "zkey", "wasm" or "verification-key". */
    public byte[] hybridCircuitFile(String circuit, String file) {
        return http.send(http.download("/ml/hybrid/circuits/" + circuit + "/" + file).GET()).body();
    }

    /** Registers a BFV public key (fhe format) with its key proof (hybrid format). */
    public Views.KeySet registerHybridKey(byte[] publicKey, byte[] keyProof) {
        Multipart form = new Multipart().file("publicKey", "public.key", publicKey).file("keyProof", "key.proof", keyProof);
        return http.send(http.multipart("/ml/hybrid/keys", form)).as(Views.KeySet.class);
    }

    // ------------------------------------------------------------------ proofs

    /** A proof: proof (snarkjs proof.json), publicSignals (public.json), statement, verification, anchoring. */
    public JsonNode proof(long proofId) {
        return http.get("/ml/proofs/" + proofId).json();
    }

    /** Has the server verify the stored proof (the verdict counts for reputation): valid, outcome, detail, verificationMicros. */
    public JsonNode verifyProof(long proofId) {
        return http.send(http.request("/ml/proofs/" + proofId + "/verify").POST(HttpRequest.BodyPublishers.noBody())).json();
    }

    /**
     * Has the server check a submitted proof (snarkjs proof.json and public.json contents) against the verification
     * key of the stored proof's model version; nothing is recorded.
     */
    public JsonNode verifyProof(long proofId, JsonNode proof, JsonNode publicSignals) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("proof", Objects.requireNonNull(proof, "proof"));
        body.put("publicSignals", Objects.requireNonNull(publicSignals, "publicSignals"));
        return http.send(http.json("/ml/proofs/" + proofId + "/verify", "POST", body)).json();
    }

    /** The verification key (snarkjs verification_key.json) of the proof's model version. */
    public String proofVerificationKey(long proofId) {
        return http.get("/ml/proofs/" + proofId + "/verification-key").text();
    }

    /** Anchors a verified proof on chain (again, e.g. after the node was unreachable); the proof with its anchoring. */
    public JsonNode anchorProof(long proofId) {
        return http.send(http.request("/ml/proofs/" + proofId + "/anchor").POST(HttpRequest.BodyPublishers.noBody())).json();
    }

    // ------------------------------------------------------------------ marketplace

    /** Searches the listings (JSON page of listings). */
    public JsonNode listings(ListingSearch search, Paging paging) {
        String maxPrice = search.maxPrice() == null ? null : search.maxPrice().toPlainString();
        return page("/marketplace/listings", parameters("q", search.q(), "level", search.level(), "maxPrice", maxPrice,
                "owner", search.owner(), "paused", search.paused() ? true : null, "sort", search.sort()), paging);
    }

    /** Lists one of the caller's models (owner of the model). */
    public Views.Listing createListing(ListingTerms terms) {
        return http.send(http.json("/marketplace/listings", "POST", listingBody(terms))).as(Views.Listing.class);
    }

    public Views.Listing listing(long id) {
        return http.get("/marketplace/listings/" + id).as(Views.Listing.class);
    }

    /** Replaces a listing's terms (its owner or an admin). */
    public Views.Listing reviseListing(long id, ListingTerms terms) {
        return http.send(http.json("/marketplace/listings/" + id, "PUT", listingBody(terms))).as(Views.Listing.class);
    }

    /** Removes a listing (its owner or an admin). */
    public void deleteListing(long id) {
        http.send(http.request("/marketplace/listings/" + id).DELETE());
    }

    /** Usage records (metered inference): {@code as} consumer (own inference), owner (on own models) or all (admin). */
    public JsonNode usage(String as, Paging paging) {
        return page("/marketplace/usage", parameters("as", as), paging);
    }

    /**
     * The billing summary of a period per model and privacy level (owners: their own models; admins: any owner or
     * all). {@code from}, {@code to}: ISO-8601 instants or null (the last 30 days).
     */
    public JsonNode billing(String from, String to, String owner) {
        return http.get(HttpTransport.query("/marketplace/billing", parameters("from", from, "to", to, "owner", owner)))
                .json();
    }

    /** The proof verification history, newest first; one model's if {@code modelId} is given. */
    public JsonNode verifications(Long modelId, Paging paging) {
        return page("/marketplace/verifications", parameters("modelId", modelId), paging);
    }

    // ------------------------------------------------------------------ benchmarks

    /** Benchmark results, newest first (microseconds); filtered by model and benchmark name when given. */
    public JsonNode benchmarks(Long modelId, String benchmark, Paging paging) {
        return page("/benchmarks", parameters("modelId", modelId, "benchmark", benchmark), paging);
    }

    /** The names of the benchmarks the server runs. */
    public List<String> benchmarkKinds() {
        return listOf(http.get("/benchmarks/kinds").json(), String.class);
    }

    /** Starts benchmark runs: one model's (its owner or an admin), or every listed model's if null (admin); the jobs. */
    public List<Views.Job> runBenchmarks(Long modelId) {
        Map<String, Object> body = new LinkedHashMap<>();
        putIfPresent(body, "modelId", modelId);
        return listOf(http.send(http.json("/benchmarks/runs", "POST", body)).json(), Views.Job.class);
    }

    // ------------------------------------------------------------------ admin

    /** The audit log of security-relevant actions, newest first (admin); filtered by actor and outcome when given. */
    public JsonNode audit(String actor, String outcome, Paging paging) {
        return page("/admin/audit", parameters("actor", actor, "outcome", outcome), paging);
    }

    // ------------------------------------------------------------------ watchers

    /** Called with each new state of a job being awaited. */
    @FunctionalInterface
    public interface JobWatcher {
        void changed(Views.Job job);
    }

    /** Called with each new state of a version's circuit build or encoding (the server's JSON). */
    @FunctionalInterface
    public interface PreparationWatcher {
        void changed(JsonNode state);
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, Object> modelBody(String name, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("description", description);
        return body;
    }

    private static Map<String, Object> listingBody(ListingTerms t) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("modelId", t.modelId());
        body.put("title", t.title());
        putIfPresent(body, "description", t.description());
        putIfPresent(body, "priceFhe", t.priceFhe());
        putIfPresent(body, "priceZkml", t.priceZkml());
        putIfPresent(body, "priceHybrid", t.priceHybrid());
        putIfPresent(body, "status", t.status());
        return body;
    }

    private static String circuitPath(long modelId, int version) {
        return "/models/" + modelId + "/versions/" + version + "/circuit";
    }

    private static String encodingPath(long modelId, int version) {
        return "/models/" + modelId + "/versions/" + version + "/encoding";
    }

    private static String versionQuery(String path, Integer version) {
        return version == null ? path : path + "?version=" + version;
    }

    /** Query parameters from name, value, name, value, ... (null values are left out of the query). */
    private static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> q = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            q.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return q;
    }

    /** One page of a listing endpoint. */
    private JsonNode page(String path, Map<String, Object> q, Paging paging) {
        return http.get(HttpTransport.query(path, paging(q, paging))).json();
    }

    private static Map<String, Object> paging(Map<String, Object> q, Paging paging) {
        q.put("page", paging.page());
        q.put("size", paging.size());
        return q;
    }

    private static void putIfPresent(Map<String, Object> body, String name, Object value) {
        if (value != null) {
            body.put(name, value instanceof BigDecimal d ? d.toPlainString() : value);
        }
    }

    private static <T> List<T> listOf(JsonNode array, Class<T> type) {
        JavaType listType = HttpTransport.JSON.getTypeFactory().constructCollectionType(List.class, type);
        return HttpTransport.JSON.convertValue(array, listType);
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits between polls: 100 ms doubling to 1 s, until a deadline. */
    private static final class Poll {
        private final long deadline;
        private long pause = 100;

        Poll(Duration limit) {
            this.deadline = System.nanoTime() + limit.toNanos();
        }

        void pause(String timeoutMessage) {
            if (System.nanoTime() > deadline) {
                throw new ApiException(0, "timeout", timeoutMessage);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException(0, "interrupted", "interrupted while waiting");
            }
            pause = Math.min(1000, pause * 2);
        }
    }
}
