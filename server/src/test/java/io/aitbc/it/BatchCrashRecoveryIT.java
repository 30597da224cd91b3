package io.aitbc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aitbc.model.data.TestData;
import io.aitbc.model.fhe.FheProfile;
import io.aitbc.model.train.ModelZoo;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8's crash evidence for the preparation jobs: the server is killed (SIGKILL) mid-job, in a model-encoding
 * job (weights sealed, between two layers of its FHE preparation) and in a circuit-build job (compiled, before the
 * Groth16 setup), restarted on the same domain and data, and each job completes from its last checkpoint
 * (restarts = 1, completed steps not run again). FHE inference after the restart (on the network the restarted job
 * prepared) gives onnxruntime's logits. A failed encoding (its sealed weights tampered with) records the reason on
 * the version and the job, and runs again once repaired. A server of this class alone (on PostgreSQL, which the
 * test reads and writes while the server runs): the kills must not hit other classes' jobs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchCrashRecoveryIT {

    /** Pauses after each checkpoint of the two jobs: the test kills the server in one (the server's default is none). */
    private static final String PAUSE_MILLIS = "2500";
    private static final Duration LIMIT = Duration.ofMinutes(3);
    /** Two packed linear layers (784 -> 32, square, 32 -> 10): the kill falls between them. */
    private static final String FHE_MODEL = "fmnist-mlp-square";

    @RegisterExtension
    static final PlatformServer PLATFORM = PlatformServer.on(PlatformServer.Database.POSTGRESQL)
            .withConfig("aitbc.batch.encoding.pause-between-layers-ms", PAUSE_MILLIS)
            .withConfig("aitbc.batch.circuit.pause-between-steps-ms", PAUSE_MILLIS);

    private static final TokenIssuer ISSUER = TokenIssuer.get();
    private static final String OWNER = ISSUER.token("olga", "owner");
    private static final String CONSUMER = ISSUER.token("carl", "consumer");
    private static final String ADMIN = ISSUER.token("root", "admin");

    private static long fheModel;

    private final Api api = new Api(PLATFORM.baseUrl());

    @Test
    @Order(1)
    void aKilledServerResumesAModelEncodingAfterItsSealStep() {
        fheModel = register("fmnist-mlp-square", Map.of("onnxBase64",
                Base64.getEncoder().encodeToString(ModelZoo.shippedOnnx(FHE_MODEL))));
        String path = "/api/v1/models/" + fheModel + "/versions/1/encoding";
        JsonNode mid = JobWatch.poll(api, path, OWNER, e -> e.path("progressStep").asText().contains("layer 2/2")
                || e.path("status").asText().matches("ready|failed"), LIMIT);
        assertEquals("encoding", mid.path("status").asText(), "killed between the two layers: " + mid);
        assertEquals(2, mid.path("fheLayers").asInt(), mid.toString());
        assertTrue(mid.path("weightsSealed").asBoolean(), mid.toString());
        int percent = mid.path("progressPercent").asInt();
        assertTrue(percent > 5 && percent < 99, mid.toString());
        assertTrue(mid.path("progressStep").asText().startsWith("prepare FHE plaintexts of layer 2/2: linear"), mid.toString());
        assertFalse(mid.path("eta").isNull(), mid.toString());
        long jobId = mid.path("jobId").asLong();
        PLATFORM.server().kill();
        PLATFORM.server().restart();

        JsonNode done = JobWatch.poll(api, path, OWNER, e -> e.path("status").asText().matches("ready|failed"), LIMIT);
        assertEquals("ready", done.path("status").asText(), done.toString());
        assertEquals(100, done.path("progressPercent").asInt(), done.toString());
        JsonNode job = api.get("/api/v1/ml/jobs/" + jobId, ADMIN).json();
        assertEquals("model_encryption", job.path("kind").asText(), job.toString());
        assertEquals("succeeded", job.path("status").asText(), job.toString());
        assertEquals(1, job.path("restarts").asInt(), "resumed once after the kill: " + job);
        String log = PLATFORM.log();
        assertTrue(Pattern.compile("job " + jobId + ": execution \\d+ restarted as \\d+").matcher(log).find(),
                "the recovery restarted the execution from its checkpoint");
        assertEquals(1, occurrences(log, "model-encoding job " + jobId + ": weights sealed at rest"),
                "the completed seal step was not run again");
        assertEquals(2, occurrences(log, "model-encoding job " + jobId + ": FHE network built, 0 of 2 layers"),
                "each server prepared its own network");
        JsonNode version = api.get("/api/v1/models/" + fheModel + "/versions", OWNER).json().get(0);
        assertEquals("ready", version.path("encodingStatus").asText(), version.toString());
    }

    @Test
    @Order(2)
    void inferenceAfterTheRestartMatchesOnnxRuntime() {
        FheProfile profile = FheProfile.fromJson(api.get("/api/v1/ml/models/" + fheModel + "/fhe-profile", CONSUMER).body());
        FheInferenceIT.Consumer consumer = FheInferenceIT.Consumer.withKeys(profile);
        long keySet = consumer.upload(api, CONSUMER, fheModel);
        double[] x = TestData.fashionMnistTest(6).image(5);
        long job = consumer.submit(api, CONSUMER, fheModel, keySet, x);
        JsonNode last = JobWatch.until(api, CONSUMER, job, FheInferenceIT::isFinished).getLast();
        assertEquals("succeeded", last.path("status").asText(), last.toString());
        FheInferenceIT.assertMatchesOnnxRuntime(x, consumer.decrypt(FheInferenceIT.download(api, CONSUMER, job)));
    }

    @Test
    @Order(3)
    void aFailedEncodingRecordsItsReasonAndRunsAgainOnceRepaired() throws SQLException {
        byte[] sealed = sealedOnnx(fheModel);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1; // the GCM tag: the envelope no longer authenticates
        storeSealedOnnx(fheModel, tampered);
        String path = "/api/v1/models/" + fheModel + "/versions/1/encoding";
        Api.Answer again = api.post(path, OWNER, Map.of());
        assertEquals(202, again.status(), again.body());
        JsonNode failed = JobWatch.poll(api, path, OWNER, e -> e.path("status").asText().matches("ready|failed"), LIMIT);
        assertEquals("failed", failed.path("status").asText(), failed.toString());
        assertTrue(failed.path("error").asText().startsWith("step seal failed: "), failed.toString());
        JsonNode job = JobWatch.until(api, ADMIN, failed.path("jobId").asLong(), FheInferenceIT::isFinished).getLast();
        assertEquals("failed", job.path("status").asText(), job.toString());
        assertTrue(job.path("error").asText().contains("seal"), job.toString());

        storeSealedOnnx(fheModel, sealed);
        assertEquals(202, api.post(path, OWNER, Map.of()).status());
        JsonNode ready = JobWatch.poll(api, path, OWNER, e -> e.path("status").asText().matches("ready|failed"), LIMIT);
        assertEquals("ready", ready.path("status").asText(), ready.toString());
        assertEquals(null, ready.path("error").textValue(), ready.toString());
    }

    @Test
    @Order(4)
    void aKilledServerResumesACircuitBuildAtItsSetupStep() throws IOException {
        long model = register("tiny-zkml", Map.of("onnxBase64", Base64.getEncoder().encodeToString(TinyZkmlModel.onnx())));
        String commitment = api.get("/api/v1/models/" + model + "/versions", OWNER).json().get(0).path("commitment").asText();
        String path = "/api/v1/models/" + model + "/versions/1/circuit";
        JsonNode setup = JobWatch.poll(api, path, OWNER, c -> !c.path("status").asText().matches("building|not_built")
                || "Groth16 setup".equals(c.path("progressStep").asText()), LIMIT);
        assertEquals("building", setup.path("status").asText(), "killed after the compile step: " + setup);
        assertEquals(45, setup.path("progressPercent").asInt(), setup.toString());
        Path r1cs = PLATFORM.server().settings().dataDir().resolve("zkml-artifacts")
                .resolve(String.format("%064x", new BigInteger(commitment))).resolve("inference.r1cs");
        FileTime compiled = Files.getLastModifiedTime(r1cs);
        PLATFORM.server().kill();
        PLATFORM.server().restart();

        JsonNode circuit = JobWatch.poll(api, path, OWNER, c -> !c.path("status").asText().matches("building|not_built"), LIMIT);
        assertEquals("ready", circuit.path("status").asText(), circuit.toString());
        assertEquals(100, circuit.path("progressPercent").asInt(), circuit.toString());
        JsonNode job = api.get("/api/v1/ml/jobs/" + circuit.path("jobId").asLong(), ADMIN).json();
        assertEquals("succeeded", job.path("status").asText(), job.toString());
        assertEquals(1, job.path("restarts").asInt(), "resumed once after the kill: " + job);
        assertEquals(compiled, Files.getLastModifiedTime(r1cs), "the completed compile step was not run again");
        assertTrue(Pattern.compile("job " + job.path("id").asLong() + ": execution \\d+ restarted as \\d+")
                .matcher(PLATFORM.log()).find(), "the recovery restarted the build's execution from its checkpoint");
    }

    private static byte[] sealedOnnx(long model) throws SQLException {
        try (Connection db = database();
             PreparedStatement s = db.prepareStatement("SELECT onnx_sealed FROM model_version WHERE model_id = ?")) {
            s.setLong(1, model);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "model " + model + " has no version");
                return r.getBytes(1);
            }
        }
    }

    private static void storeSealedOnnx(long model, byte[] sealed) throws SQLException {
        try (Connection db = database();
             PreparedStatement s = db.prepareStatement("UPDATE model_version SET onnx_sealed = ? WHERE model_id = ?")) {
            s.setBytes(1, sealed);
            s.setLong(2, model);
            assertEquals(1, s.executeUpdate());
        }
    }

    private static Connection database() throws SQLException {
        Connection db = PLATFORM.openDatabase();
        db.setSchema(FheInferenceIT.schemaOf(db, "MODEL_VERSION"));
        return db;
    }

    private static int occurrences(String text, String what) {
        int count = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            count++;
        }
        return count;
    }

    /** Creates a model of the owner with its first version; returns the model's id. */
    private long register(String name, Map<String, ?> version) {
        Api.Answer m = api.post("/api/v1/models", OWNER, Map.of("name", name, "description", "crash test"));
        assertEquals(201, m.status(), m.body());
        long id = m.json().path("id").asLong();
        Api.Answer v = api.post("/api/v1/models/" + id + "/versions", OWNER, version);
        assertEquals(201, v.status(), v.body());
        return id;
    }
}
