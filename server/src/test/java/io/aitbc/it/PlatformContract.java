package io.aitbc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import io.aitbc.model.fhe.FheClient;
import io.aitbc.model.fhe.FheKeySet;
import io.aitbc.model.fhe.FheProfile;
import io.aitbc.model.train.ModelZoo;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What the platform promises over HTTP, checked against the real server with the real EAR and real
 * tokens; each database runs the same contract. The restart test runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PlatformContract {

    private final TokenIssuer issuer = TokenIssuer.get();
    private final String alice = issuer.token("alice", "owner");
    private final String bob = issuer.token("bob", "owner");
    private final String carol = issuer.token("carol", "consumer");
    private final String dave = issuer.token("dave", "consumer");
    private final String admin = issuer.token("root", "admin");

    /** Ids created by earlier tests, checked again after the restart. */
    private static final Map<String, Long> CREATED = new LinkedHashMap<>();

    abstract PlatformServer platform();

    @BeforeAll
    static void forgetTheOtherDatabase() {
        CREATED.clear();
    }

    private Api api() {
        return new Api(platform().baseUrl());
    }

    private static void assertProblem(Api.Answer a, int status) {
        Problems.assertProblem(a, status);
    }

    private long createModel(String token, String name) {
        Api.Answer a = api().post("/api/v1/models", token, Map.of("name", name, "description", "test model"));
        assertEquals(201, a.status(), a.body());
        return a.json().path("id").asLong();
    }

    @Test
    @Order(1)
    void healthOpenApiAndTheCliAgree() {
        Api.Answer health = api().get("/health", null);
        assertEquals(200, health.status(), health.body());
        assertEquals("UP", health.json().path("status").asText());
        assertTrue(health.body().contains("\"database\""), health.body());
        assertEquals(200, api().get("/health/ready", null).status());
        Api.Answer openapi = api().get("/openapi", null);
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/models/{id}/versions"), "OpenAPI document lists the API");
        assertTrue(openapi.body().contains("/ml/models/{id}/inference"));
        CommandLine.Result cli = CommandLine.aitbc("server", "health", "--url", platform().baseUrl());
        assertEquals(0, cli.exitCode(), cli.output());
        assertTrue(cli.output().startsWith("healthy: "), cli.output());
        assertTrue(cli.output().contains("database: UP"), cli.output());
        CommandLine.Result version = CommandLine.aitbc("--version");
        assertEquals(0, version.exitCode(), version.output());
        assertTrue(version.output().startsWith("aitbc "), version.output());
    }

    @Test
    @Order(2)
    void ownerCreatesAModelAndAConsumerListsIt() {
        Api.Answer created = api().post("/api/v1/models", alice, Map.of("name", "mnist-mlp", "description", "784-128-10"));
        assertEquals(201, created.status(), created.body());
        long id = created.json().path("id").asLong();
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/v1/models/" + id));
        assertEquals("alice", created.json().path("owner").asText());
        CREATED.put("model", id);

        Api.Answer list = api().get("/api/v1/models?size=100", carol);
        assertEquals(200, list.status(), list.body());
        List<Long> ids = new ArrayList<>();
        list.json().path("items").forEach(m -> ids.add(m.path("id").asLong()));
        assertTrue(ids.contains(id), list.body());
        assertEquals("mnist-mlp", api().get("/api/v1/models/" + id, carol).json().path("name").asText());
    }

    @Test
    @Order(3)
    void anonymousAndForeignTokensAre401() {
        Api.Answer anonymous = api().get("/api/v1/models", null);
        assertProblem(anonymous, 401);
        assertEquals("Bearer", anonymous.header("WWW-Authenticate").orElseThrow());
        assertProblem(api().get("/api/v1/models", issuer.foreignToken("mallory", "admin")), 401);
        assertProblem(api().get("/api/v1/models", "not-a-jwt"), 401);
    }

    @Test
    @Order(4)
    void wrongRoleIs403() {
        assertProblem(api().post("/api/v1/models", carol, Map.of("name", "x")), 403);
        assertProblem(api().get("/api/v1/ml/jobs", alice), 403);
    }

    @Test
    @Order(5)
    void onlyTheOwnerOrAnAdminEditsAModel() {
        long id = createModel(alice, "editable");
        assertProblem(api().put("/api/v1/models/" + id, bob, Map.of("name", "stolen")), 403);
        assertProblem(api().delete("/api/v1/models/" + id, bob), 403);
        assertEquals(200, api().put("/api/v1/models/" + id, alice, Map.of("name", "renamed")).status());
        Api.Answer byAdmin = api().put("/api/v1/models/" + id, admin, Map.of("name", "by admin", "description", "d"));
        assertEquals(200, byAdmin.status(), byAdmin.body());
        assertEquals("alice", byAdmin.json().path("owner").asText());
        assertEquals(204, api().delete("/api/v1/models/" + id, alice).status());
        assertProblem(api().get("/api/v1/models/" + id, alice), 404);
    }

    @Test
    @Order(6)
    void badInputAnswersProblemDetails() {
        assertProblem(api().send("/api/v1/models", "POST", alice, "application/json", "{\"name\": "), 400);
        assertProblem(api().send("/api/v1/models", "POST", alice, "application/json", "[1,2"), 400);
        Api.Answer invalid = api().post("/api/v1/models", alice, Map.of("name", " "));
        assertProblem(invalid, 400);
        assertEquals("name", invalid.json().path("violations").path(0).path("field").asText(), invalid.body());
        assertProblem(api().get("/api/v1/models?size=1000", alice), 400);
        assertProblem(api().send("/api/v1/models", "POST", alice, "text/plain", "name=x"), 415);
        assertProblem(api().send("/api/v1/models", "PATCH", alice, "application/json", "{}"), 405);
        assertProblem(api().get("/api/v1/no-such-thing", alice), 404);
        assertProblem(api().get("/no-such-page", null), 404);
        assertProblem(api().get("/api/v1/models/999999999", alice), 404);
        assertProblem(api().get("/api/v1/models/not-a-number", alice), 404);
    }

    @Test
    @Order(7)
    void oversizedBodiesAre413() {
        String big = "{\"name\":\"x\",\"description\":\"" + "a".repeat(2 << 20) + "\"}";
        assertProblem(api().send("/api/v1/models", "POST", alice, "application/json", big), 413);
        assertProblem(api().postChunked("/api/v1/models", alice, big.getBytes(StandardCharsets.UTF_8)), 413);
    }

    @Test
    @Order(8)
    void versionsListingsAndJobsPersist() {
        long model = CREATED.get("model");
        assertProblem(api().post("/api/v1/ml/models/" + model + "/inference", carol, Map.of("privacyLevel", "zkml")), 409);
        String onnx = Base64.getEncoder().encodeToString(ModelZoo.shippedOnnx("fmnist-linear"));
        assertProblem(api().post("/api/v1/models/" + model + "/versions", alice, Map.of("onnxBase64", "AQIDBA==")), 422);
        Api.Answer version = api().post("/api/v1/models/" + model + "/versions", alice, Map.of("onnxBase64", onnx));
        assertEquals(201, version.status(), version.body());
        assertEquals(1, version.json().path("number").asInt());
        assertEquals("not_built", version.json().path("circuitStatus").asText());
        assertProblem(api().post("/api/v1/models/" + model + "/versions", alice, Map.of("architectureJson", "{}")), 400);

        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("modelId", model);
        terms.put("title", "MNIST digits, private");
        terms.put("priceFhe", 0.25);
        terms.put("priceZkml", 0.1);
        assertProblem(api().post("/api/v1/marketplace/listings", bob, terms), 403);
        Api.Answer listing = api().post("/api/v1/marketplace/listings", alice, terms);
        assertEquals(201, listing.status(), listing.body());
        long listingId = listing.json().path("id").asLong();
        CREATED.put("listing", listingId);
        assertEquals(0.25, listing.json().path("priceFhe").asDouble());
        assertTrue(listing.json().path("priceHybrid").isMissingNode() || listing.json().path("priceHybrid").isNull());
        Api.Answer found = api().get("/api/v1/marketplace/listings?q=mnist", carol);
        assertEquals(200, found.status(), found.body());
        assertTrue(found.body().contains("\"id\":" + listingId), found.body());
        terms.put("priceFhe", -1);
        assertProblem(api().post("/api/v1/marketplace/listings", alice, terms), 400);

        assertProblem(api().post("/api/v1/ml/models/" + model + "/inference", carol, Map.of("privacyLevel", "fhe")), 400);
        assertProblem(api().post("/api/v1/ml/models/" + model + "/inference", carol, Map.of("privacyLevel", "quantum")), 400);
        // an fhe job: keys and ciphertext made here, for the version's profile (the FHE client of the model module)
        FheClient fhe = FheClient.forProfile(FheProfile.fromJson(
                api().get("/api/v1/ml/models/" + model + "/fhe-profile", carol).body()));
        FheKeySet keys = fhe.generateKeys();
        Api.Answer keySet = api().post("/api/v1/keys?modelId=" + model, carol, new Api.Form()
                .file("publicKey", keys.publicKeyBytes()).file("evaluationKeys", keys.evaluationKeysBytes()));
        assertEquals(201, keySet.status(), keySet.body());
        Api.Answer job = api().post("/api/v1/ml/models/" + model + "/inference", carol, new Api.Form()
                .json("request", Map.of("privacyLevel", "fhe", "keySetId", keySet.json().path("id").asLong()))
                .file("input", fhe.encryptToBytes(keys, new double[fhe.profile().inputLength()])));
        assertEquals(202, job.status(), job.body());
        assertEquals("queued", job.json().path("status").asText());
        assertEquals("fhe", job.json().path("privacyLevel").asText());
        assertEquals(0, job.json().path("progressPercent").asInt());
        long jobId = job.json().path("id").asLong();
        CREATED.put("job", jobId);
        assertEquals(200, api().get("/api/v1/ml/jobs/" + jobId, carol).status());
        assertProblem(api().get("/api/v1/ml/jobs/" + jobId, dave), 404); // another consumer's job stays invisible
        assertEquals(1, api().get("/api/v1/ml/jobs", carol).json().path("total").asInt());
        assertProblem(api().delete("/api/v1/models/" + model, alice), 409); // jobs still refer to it
        assertEquals("succeeded", JobWatch.until(api(), carol, jobId, j -> j.path("finishedAt").isTextual()).getLast()
                .path("status").asText());
    }

    @Test
    @Order(100)
    void dataSurvivesARestart() {
        platform().server().restart();
        Api.Answer model = api().get("/api/v1/models/" + CREATED.get("model"), carol);
        assertEquals(200, model.status(), model.body());
        assertEquals("mnist-mlp", model.json().path("name").asText());
        assertEquals(1, model.json().path("latestVersion").asInt());
        assertEquals("MNIST digits, private",
                api().get("/api/v1/marketplace/listings/" + CREATED.get("listing"), carol).json().path("title").asText());
        assertEquals("succeeded", api().get("/api/v1/ml/jobs/" + CREATED.get("job"), carol).json().path("status").asText());
        // new rows after the restart get fresh ids (the sequences survived too)
        assertTrue(createModel(alice, "after restart") > CREATED.get("model"));
    }
}
