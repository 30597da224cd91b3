package io.aitbc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aitbc.model.data.Dataset;
import io.aitbc.model.data.TestData;
import io.aitbc.model.fhe.FheClient;
import io.aitbc.model.fhe.FheKeySet;
import io.aitbc.model.fhe.FheProfile;
import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Model;
import io.aitbc.model.onnx.OnnxImporter;
import io.aitbc.model.onnx.Ort;
import io.aitbc.model.train.ModelZoo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * FHE inference end to end against the real server (on PostgreSQL): an owner registers a zoo ONNX model, consumers generate
 * keys, encrypt and decrypt on their side (the model module's FHE client, in this JVM), the server evaluates the
 * ciphertext in the fhe-inference batch job. Results are checked against onnxruntime on the same ONNX file and
 * real Fashion-MNIST images. The last test kills the server mid-job and checks that the job resumes from its
 * checkpoint.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FheInferenceIT {

    /** Pause between layers: the crash test kills the server in it (the server's own default is no pause). */
    private static final int PAUSE_MILLIS = 800;

    // PostgreSQL: the test inspects the database while the server is down (opening a killed server's H2 file from
    // this JVM left it unreadable for the restarted server; see the batch-jobs README).
    @RegisterExtension
    static final PlatformServer PLATFORM = PlatformServer.on(PlatformServer.Database.POSTGRESQL)
            .withConfig("aitbc.batch.fhe.pause-between-layers-ms", Integer.toString(PAUSE_MILLIS));

    /** The model under test: MLP 784-32-10 with square activation (exact under CKKS, ckks-8192-d3). */
    private static final String MODEL = "fmnist-mlp-square";
    /** Its logits agree with onnxruntime's to this (relative) error: CKKS noise and the 2^-38 scale, measured < 1e-4. */
    private static final double LOGIT_TOLERANCE = 1e-3;

    private static final TokenIssuer ISSUER = TokenIssuer.get();
    private static final String ALICE = ISSUER.token("alice", "owner");
    private static final String BOB = ISSUER.token("bob", "owner");
    private static final String CAROL = ISSUER.token("carol", "consumer");
    private static final String DAVE = ISSUER.token("dave", "consumer");

    /** What the tests share: the registered model, its profile and the consumer's keys (generated once). */
    private static long modelId;
    private static FheProfile profile;
    private static Consumer carol;

    private final Api api = new Api(PLATFORM.baseUrl());

    // ---------------------------------------------------------------------------------------------------- tests

    @Test
    @Order(1)
    void ownerRegistersAnOnnxModelAndItsFheProfileIsPublished() {
        modelId = createModel(ALICE, MODEL);
        Dataset calibration = TestData.fashionMnistTest(20);
        List<double[]> inputs = new ArrayList<>();
        int[] labels = new int[calibration.size()];
        for (int i = 0; i < calibration.size(); i++) {
            inputs.add(calibration.image(i));
            labels[i] = calibration.label(i);
        }
        Api.Answer version = api.post("/api/v1/models/" + modelId + "/versions", ALICE, new Api.Form()
                .file("onnx", ModelZoo.shippedOnnx(MODEL))
                .json("options", Map.of("calibrationInputs", inputs, "calibrationLabels", labels)));
        assertEquals(201, version.status(), version.body());
        JsonNode v = version.json();
        assertEquals(1, v.path("number").asInt());
        assertTrue(v.path("fheAvailable").asBoolean(), version.body());
        assertEquals("ckks-8192-d3", v.path("fheParameterSet").asText());
        assertEquals(ModelZoo.shippedOnnx(MODEL).length, v.path("onnxSize").asLong());

        Api.Answer p = api.get("/api/v1/ml/models/" + modelId + "/fhe-profile", CAROL);
        assertEquals(200, p.status(), p.body());
        profile = FheProfile.fromJson(p.body());
        assertEquals(784, profile.inputLength());
        assertEquals(20, profile.precision().calibrationSamples());
        assertTrue(profile.precision().maxLogitError() == null || profile.precision().maxLogitError() < LOGIT_TOLERANCE,
                "stated precision " + profile.precision());
    }

    @Test
    @Order(2)
    void aConsumerRunsEncryptedInferenceOverRestAndDecryptsLocally() {
        carol = Consumer.withKeys(profile);
        long keySet = carol.upload(api, CAROL, modelId);
        Api.Answer keys = api.get("/api/v1/keys", CAROL);
        assertTrue(keys.body().contains("\"id\":" + keySet), keys.body());

        double[] x = TestData.fashionMnistTest(3).image(2);
        Api.Answer submitted = api.post("/api/v1/ml/models/" + modelId + "/inference", CAROL,
                carol.submission(keySet, carol.encrypt(x)));
        assertEquals(202, submitted.status(), submitted.body());
        long job = submitted.json().path("id").asLong();
        assertTrue(submitted.header("Location").orElseThrow().endsWith("/api/v1/ml/jobs/" + job));
        assertEquals("fhe", submitted.json().path("privacyLevel").asText());

        List<JsonNode> seen = JobWatch.until(api, CAROL, job, s -> isFinished(s));
        JsonNode last = seen.getLast();
        assertEquals("succeeded", last.path("status").asText(), last.toString());
        assertEquals(100, last.path("progressPercent").asInt());
        assertTrue(seen.stream().anyMatch(s -> s.path("status").asText().equals("running")
                        && s.path("progressPercent").asInt() > 0 && s.path("progressPercent").asInt() < 100
                        && s.path("progressStep").asText().startsWith("layer ") && !s.path("eta").isNull()),
                "progress with percent, step and ETA was visible while the job ran: " + seen);

        double[] logits = carol.decrypt(download(CAROL, job));
        assertMatchesOnnxRuntime(x, logits);
    }

    @Test
    @Order(3)
    void theCliRunsTheWholeRoundTrip() throws IOException {
        double[] x = TestData.fashionMnistTest(2).image(1);
        Path input = Files.createTempFile(PlatformServer.workDir(), "input", ".json");
        Files.writeString(input, Api.toJson(x));
        CommandLine.Result cli = CommandLine.aitbc("infer", "--model", Long.toString(modelId), "--input", input.toString(),
                "--privacy", "fhe", "--url", PLATFORM.baseUrl(), "--token", CAROL);
        assertEquals(0, cli.exitCode(), cli.output());
        String logitsLine = cli.output().lines().filter(l -> l.startsWith("logits:")).findFirst().orElseThrow(
                () -> new AssertionError("no logits in " + cli.output()));
        double[] logits = java.util.Arrays.stream(logitsLine.substring("logits:".length()).trim().split("\\s+"))
                .mapToDouble(Double::parseDouble).toArray();
        assertMatchesOnnxRuntime(x, logits);
        assertTrue(cli.output().contains("class: " + FloatInference.argmax(ort(x))), cli.output());
    }

    @Test
    @Order(4)
    void badUploadsAreRefusedWithProblemDetailsAndLeaveNothingBehind() {
        long carolsKeys = carol.upload(api, CAROL, modelId);
        int jobsBefore = api.get("/api/v1/ml/jobs", CAROL).json().path("total").asInt();
        int keySetsBefore = api.get("/api/v1/keys", CAROL).json().size();
        String inference = "/api/v1/ml/models/" + modelId + "/inference";
        byte[] good = carol.encrypt(TestData.fashionMnistTest(1).image(0));

        // a model whose profile uses another parameter set (fmnist-linear: ckks-8192)
        long other = createModel(ALICE, "fmnist-linear");
        Api.Answer v = api.post("/api/v1/models/" + other + "/versions", ALICE,
                new Api.Form().file("onnx", ModelZoo.shippedOnnx("fmnist-linear")));
        assertEquals(201, v.status(), v.body());
        FheProfile otherProfile = FheProfile.fromJson(api.get("/api/v1/ml/models/" + other + "/fhe-profile", CAROL).body());
        assertNotEquals(profile.parameters().name(), otherProfile.parameters().name());
        Consumer otherKeys = Consumer.withKeys(otherProfile);
        long otherKeySet = otherKeys.upload(api, CAROL, other);

        Problems.assertProblem(api.post(inference, CAROL, carol.submission(carolsKeys,
                java.util.Arrays.copyOf(good, good.length / 2))), 400);
        Problems.assertProblem(api.post(inference, CAROL, carol.submission(carolsKeys,
                "not a ciphertext".getBytes(java.nio.charset.StandardCharsets.UTF_8))), 400);
        Problems.assertProblem(api.post(inference, CAROL, carol.submission(carolsKeys,
                otherKeys.encrypt(new double[784]))), 422);
        Problems.assertProblem(api.post(inference, CAROL, carol.submission(otherKeySet, good)), 422);
        Problems.assertProblem(api.post(inference, CAROL, new Api.Form()
                .json("request", Map.of("privacyLevel", "fhe")).file("input", good)), 400); // no key set
        Problems.assertProblem(api.post(inference, CAROL, carol.submission(999_999_999L, good)), 404);
        Problems.assertProblem(api.post(inference, CAROL, new Api.Form()
                .json("request", Map.of("privacyLevel", "fhe", "keySetId", carolsKeys))), 400); // no input
        Problems.assertProblem(api.post(inference, CAROL, carol.submission(carolsKeys, new byte[33 << 20])), 413);
        Problems.assertProblem(api.post("/api/v1/ml/models/999999999/inference", CAROL,
                carol.submission(carolsKeys, good)), 404);
        Problems.assertProblem(api.get("/api/v1/ml/models/999999999/fhe-profile", CAROL), 404);

        // keys: malformed, or generated for another parameter set
        Problems.assertProblem(api.post("/api/v1/keys?modelId=" + modelId, CAROL, new Api.Form()
                .file("publicKey", new byte[100]).file("evaluationKeys", new byte[100])), 400);
        Problems.assertProblem(api.post("/api/v1/keys?modelId=" + modelId, CAROL, new Api.Form()
                .file("publicKey", otherKeys.keys().publicKeyBytes())
                .file("evaluationKeys", otherKeys.keys().evaluationKeysBytes())), 422);
        Problems.assertProblem(api.post("/api/v1/keys?modelId=999999999", CAROL, new Api.Form()
                .file("publicKey", carol.keys().publicKeyBytes())
                .file("evaluationKeys", carol.keys().evaluationKeysBytes())), 404);

        // keys of the right parameter set without the rotations this model needs (made for another model's profile,
        // registered by the owner with the CLI)
        Path linear = Path.of(System.getProperty("aitbc.it.root", "..")).resolve(
                "privacy-ml/model/src/main/resources" + ModelZoo.RESOURCE_DIR + "fmnist-linear.onnx");
        CommandLine.Result registered = CommandLine.aitbc("models", "register", "--name", "fmnist-linear (cli)",
                "--onnx", linear.toString(), "--parameter-set", profile.parameters().name(),
                "--url", PLATFORM.baseUrl(), "--token", ALICE);
        assertEquals(0, registered.exitCode(), registered.output());
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("model (\\d+) version 1 registered")
                .matcher(registered.output());
        assertTrue(id.find(), registered.output());
        assertTrue(registered.output().contains("fhe:  yes, " + profile.parameters().name()), registered.output());
        long sameSet = Long.parseLong(id.group(1));
        Consumer fewRotations = Consumer.withKeys(FheProfile.fromJson(
                api.get("/api/v1/ml/models/" + sameSet + "/fhe-profile", CAROL).body()));
        Api.Answer missing = api.post("/api/v1/keys?modelId=" + modelId, CAROL, new Api.Form()
                .file("publicKey", fewRotations.keys().publicKeyBytes())
                .file("evaluationKeys", fewRotations.keys().evaluationKeysBytes()));
        Problems.assertProblem(missing, 422);
        assertTrue(missing.json().path("detail").asText().contains("rotation"), missing.body());

        // models: a corrupted ONNX file is refused with the reason, and adds no version
        byte[] onnx = ModelZoo.shippedOnnx(MODEL);
        Api.Answer corrupted = api.post("/api/v1/models/" + modelId + "/versions", ALICE,
                new Api.Form().file("onnx", java.util.Arrays.copyOf(onnx, onnx.length / 3)));
        Problems.assertProblem(corrupted, 422);
        assertEquals(1, api.get("/api/v1/models/" + modelId + "/versions", ALICE).json().size());

        assertEquals(jobsBefore, api.get("/api/v1/ml/jobs", CAROL).json().path("total").asInt(), "no job was queued");
        assertEquals(keySetsBefore + 1, api.get("/api/v1/keys", CAROL).json().size(), "only the good key set was added");
        assertEquals(204, api.delete("/api/v1/keys/" + otherKeySet, CAROL).status());
        assertEquals(204, api.delete("/api/v1/keys/" + carolsKeys, CAROL).status());
        Problems.assertProblem(api.get("/api/v1/keys/" + carolsKeys, CAROL), 404);
    }

    @Test
    @Order(5)
    void otherTenantsSeeNoJobResultOrKeyAndCannotEditTheModel() {
        long keySet = carol.upload(api, CAROL, modelId);
        Api.Answer submitted = api.post("/api/v1/ml/models/" + modelId + "/inference", CAROL,
                carol.submission(keySet, carol.encrypt(TestData.fashionMnistTest(1).image(0))));
        assertEquals(202, submitted.status(), submitted.body());
        long job = submitted.json().path("id").asLong();
        JobWatch.until(api, CAROL, job, FheInferenceIT::isFinished);

        Problems.assertProblem(api.get("/api/v1/ml/jobs/" + job, DAVE), 404);
        Problems.assertProblem(api.get("/api/v1/ml/jobs/" + job + "/result", DAVE), 404);
        Problems.assertProblem(api.get("/api/v1/keys/" + keySet, DAVE), 404);
        Problems.assertProblem(api.delete("/api/v1/keys/" + keySet, DAVE), 404);
        assertFalse(api.get("/api/v1/keys", DAVE).body().contains("\"id\":" + keySet));
        assertEquals(0, api.get("/api/v1/ml/jobs", DAVE).json().path("total").asInt());
        // dave cannot run a job under carol's keys either
        Problems.assertProblem(api.post("/api/v1/ml/models/" + modelId + "/inference", DAVE,
                carol.submission(keySet, carol.encrypt(new double[784]))), 404);

        Problems.assertProblem(api.put("/api/v1/models/" + modelId, BOB, Map.of("name", "taken over")), 403);
        Problems.assertProblem(api.post("/api/v1/models/" + modelId + "/versions", BOB,
                new Api.Form().file("onnx", ModelZoo.shippedOnnx(MODEL))), 403);
        Problems.assertProblem(api.delete("/api/v1/models/" + modelId, BOB), 403);
        assertEquals(MODEL, api.get("/api/v1/models/" + modelId, CAROL).json().path("name").asText());
        assertEquals(200, api.download("/api/v1/ml/jobs/" + job + "/result", CAROL).status());
    }

    @Test
    @Order(6)
    void theCliManagesKeySetsAndDownloadsAResultThatDecryptsLocally() throws IOException {
        Path dir = Files.createTempDirectory(PlatformServer.workDir(), "keys");
        Path publicKey = Files.write(dir.resolve("public.key"), carol.keys().publicKeyBytes());
        Path evaluationKeys = Files.write(dir.resolve("evaluation.keys"), carol.keys().evaluationKeysBytes());
        String[] asCarol = {"--url", PLATFORM.baseUrl(), "--token", CAROL};
        CommandLine.Result uploaded = cli(asCarol, "keys", "upload", "--model", Long.toString(modelId), "--public-key",
                publicKey.toString(), "--evaluation-keys", evaluationKeys.toString());
        assertEquals(0, uploaded.exitCode(), uploaded.output());
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("key set (\\d+) uploaded").matcher(uploaded.output());
        assertTrue(id.find(), uploaded.output());
        String keySet = id.group(1);
        assertTrue(cli(asCarol, "keys", "list").output().contains(keySet + "\tckks"), "listed");
        assertEquals(0, cli(asCarol, "keys", "get", keySet).exitCode());
        CommandLine.Result foreign = cli(new String[] {"--url", PLATFORM.baseUrl(), "--token", DAVE}, "keys", "get", keySet);
        assertEquals(1, foreign.exitCode(), foreign.output());
        assertTrue(foreign.output().contains("HTTP 404"), "another consumer's key set stays invisible: " + foreign.output());

        double[] x = TestData.fashionMnistTest(4).image(3);
        Api.Answer submitted = api.post("/api/v1/ml/models/" + modelId + "/inference", CAROL,
                carol.submission(Long.parseLong(keySet), carol.encrypt(x)));
        assertEquals(202, submitted.status(), submitted.body());
        long job = submitted.json().path("id").asLong();
        CommandLine.Result watched = cli(asCarol, "watch", Long.toString(job));
        assertEquals(0, watched.exitCode(), watched.output());
        Path result = dir.resolve("result.bin");
        CommandLine.Result downloaded = cli(asCarol, "jobs", "result", Long.toString(job), "-o", result.toString());
        assertEquals(0, downloaded.exitCode(), downloaded.output());
        assertMatchesOnnxRuntime(x, carol.decrypt(Files.readAllBytes(result)));
        assertEquals(2, cli(asCarol, "jobs", "result", Long.toString(job)).exitCode(), "a ciphertext needs --out");

        assertEquals(0, cli(asCarol, "keys", "delete", keySet).exitCode());
        assertEquals(1, cli(asCarol, "keys", "get", keySet).exitCode(), "deleted");
        // the version's FHE encoding: followed to the end, refused to a consumer, run again by its owner
        CommandLine.Result encoding = cli(asCarol, "models", "encoding", Long.toString(modelId), "--wait");
        assertEquals(0, encoding.exitCode(), encoding.output());
        assertTrue(encoding.output().contains("\"status\" : \"ready\"") && encoding.output().contains("\"weightsSealed\" : true"),
                encoding.output());
        CommandLine.Result notOwner = cli(asCarol, "models", "encoding", Long.toString(modelId), "--reencode");
        assertEquals(1, notOwner.exitCode(), notOwner.output());
        assertTrue(notOwner.output().contains("HTTP 403"), notOwner.output());
        CommandLine.Result again = cli(new String[] {"--url", PLATFORM.baseUrl(), "--token", ALICE}, "models", "encoding",
                Long.toString(modelId), "--reencode", "--wait");
        assertEquals(0, again.exitCode(), again.output());
        assertTrue(again.output().contains("100%") && again.output().contains("encoding of model " + modelId + " version 1: ready"),
                "a progress bar to the end: " + again.output());
    }

    private static CommandLine.Result cli(String[] connection, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(connection));
        return CommandLine.aitbc(all.toArray(String[]::new));
    }

    @Test
    @Order(10)
    void aServerKilledMidJobResumesTheJobFromItsCheckpoint() throws SQLException {
        long keySet = carol.upload(api, CAROL, modelId);
        double[] x = TestData.fashionMnistTest(4).image(3);
        long job = carol.submit(api, CAROL, modelId, keySet, x);
        // the first layer's checkpoint is committed with the progress: kill the server in the pause after it
        JsonNode before = JobWatch.until(api, CAROL, job, s -> isFinished(s) || s.path("progressPercent").asInt() > 0)
                .getLast();
        assertEquals("running", before.path("status").asText(), before.toString());
        PLATFORM.server().kill();

        int checkpointed;
        try (Connection db = PLATFORM.openDatabase()) {
            db.setSchema(schemaOf(db, "INFERENCE_JOB")); // where the application's migrations created its tables
            assertEquals("RUNNING", single(db, "SELECT status FROM inference_job WHERE id = ?", job));
            checkpointed = ((Number) single(db, "SELECT step FROM job_checkpoint WHERE job_id = ?", job)).intValue();
            assertTrue(checkpointed >= 1, "a layer was checkpointed before the kill");
            assertWeightsAreSealed(db);
        }

        PLATFORM.server().restart();
        JsonNode after = JobWatch.until(api, CAROL, job, FheInferenceIT::isFinished).getLast();
        assertEquals("succeeded", after.path("status").asText(), after.toString());
        assertEquals(1, after.path("restarts").asInt(), after.toString());
        assertMatchesOnnxRuntime(x, carol.decrypt(download(CAROL, job)));
        java.util.regex.Matcher resumed = java.util.regex.Pattern.compile("fhe job " + job + " resumes after layer "
                + checkpointed + " of (\\d+) \\(its checkpoint\\)").matcher(PLATFORM.log());
        assertTrue(resumed.find(), "the restarted execution began at the checkpoint, not at the input");
        assertTrue(checkpointed < Integer.parseInt(resumed.group(1)), "killed before the last layer");
    }

    /** The ONNX file is stored only sealed (AES-256-GCM envelope): the version's row holds no plaintext copy. */
    private static void assertWeightsAreSealed(Connection db) throws SQLException {
        byte[] onnx = ModelZoo.shippedOnnx(MODEL);
        try (PreparedStatement s = db.prepareStatement(
                "SELECT onnx_sealed, onnx_bytes FROM model_version WHERE model_id = ? AND version_number = 1")) {
            s.setLong(1, modelId);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                byte[] sealed = r.getBytes(1);
                assertNotNull(sealed);
                assertEquals(null, r.getBytes(2), "no plaintext ONNX column is filled");
                assertTrue(sealed.length > onnx.length, "sealed: ciphertext plus envelope");
                assertFalse(containsRun(sealed, onnx), "the sealed bytes hold no run of the ONNX file");
            }
        }
    }

    /** True if any of 16 evenly spread 64-byte windows of the ONNX file (mostly weights) occurs in {@code data}. */
    private static boolean containsRun(byte[] data, byte[] onnx) {
        for (int w = 1; w <= 16; w++) {
            int from = (int) ((long) (onnx.length - 64) * w / 17);
            byte[] window = java.util.Arrays.copyOfRange(onnx, from, from + 64);
            for (int i = 0; i + 64 <= data.length; i++) {
                if (data[i] == window[0] && java.util.Arrays.equals(data, i, i + 64, window, 0, 64)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String schemaOf(Connection db, String table) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT table_schema FROM information_schema.tables WHERE upper(table_name) = ?")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no table " + table);
                return r.getString(1);
            }
        }
    }

    private static Object single(Connection db, String sql, long id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), sql + " " + id + ": no row");
                return r.getObject(1);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private long createModel(String token, String name) {
        Api.Answer a = api.post("/api/v1/models", token, Map.of("name", name, "description", "zoo model " + name));
        assertEquals(201, a.status(), a.body());
        return a.json().path("id").asLong();
    }

    private byte[] download(String token, long job) {
        return download(api, token, job);
    }

    /** The job's result, checked against the SHA-256 the server states for it. */
    static byte[] download(Api api, String token, long job) {
        Api.Download result = api.download("/api/v1/ml/jobs/" + job + "/result", token);
        assertEquals(200, result.status(), new String(result.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(sha256(result.body()), result.header("X-Content-SHA256").orElseThrow());
        return result.body();
    }

    static boolean isFinished(JsonNode job) {
        return List.of("succeeded", "failed", "cancelled").contains(job.path("status").asText());
    }

    private static double[] ort(double[] x) {
        byte[] onnx = ModelZoo.shippedOnnx(MODEL);
        Model model = OnnxImporter.read(onnx);
        return Ort.run(onnx, model.inputShape(), new double[][] {x})[0];
    }

    /** The decrypted logits equal onnxruntime's on the same ONNX file, and so does the predicted class. */
    static void assertMatchesOnnxRuntime(double[] x, double[] logits) {
        double[] reference = ort(x);
        assertEquals(reference.length, logits.length);
        for (int k = 0; k < logits.length; k++) {
            assertEquals(reference[k], logits[k], LOGIT_TOLERANCE * Math.max(1, Math.abs(reference[k])), "logit " + k);
        }
        assertEquals(FloatInference.argmax(reference), FheClient.predictedClass(logits));
    }

    static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A consumer's side: its keys (generated here, the secret never sent), encryption and decryption. */
    record Consumer(FheClient client, FheKeySet keys) {

        static Consumer withKeys(FheProfile profile) {
            FheClient client = FheClient.forProfile(profile);
            return new Consumer(client, client.generateKeys());
        }

        /** Uploads the public and evaluation keys for the model; returns the key set's id. */
        long upload(Api api, String token, long model) {
            Api.Answer a = api.post("/api/v1/keys?modelId=" + model, token, new Api.Form()
                    .file("publicKey", keys.publicKeyBytes()).file("evaluationKeys", keys.evaluationKeysBytes()));
            assertEquals(201, a.status(), a.body());
            return a.json().path("id").asLong();
        }

        byte[] encrypt(double[] x) {
            return client.encryptToBytes(keys, x);
        }

        double[] decrypt(byte[] result) {
            return client.decryptLogits(keys, result);
        }

        /** Submits fhe inference on {@code x} (encrypted here) under the key set; returns the accepted job's id. */
        long submit(Api api, String token, long model, long keySet, double[] x) {
            Api.Answer submitted = api.post("/api/v1/ml/models/" + model + "/inference", token, submission(keySet, encrypt(x)));
            assertEquals(202, submitted.status(), submitted.body());
            return submitted.json().path("id").asLong();
        }

        Api.Form submission(long keySet, byte[] ciphertext) {
            return new Api.Form().json("request", Map.of("privacyLevel", "fhe", "keySetId", keySet))
                    .file("input", ciphertext);
        }
    }
}
