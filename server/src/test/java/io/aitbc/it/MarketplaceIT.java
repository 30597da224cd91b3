package io.aitbc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.aitbc.it.ProductFixtures.assertProblem;
import static io.aitbc.it.ProductFixtures.created;
import static io.aitbc.it.ProductFixtures.modelWithWeights;
import static io.aitbc.it.ProductFixtures.terms;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The marketplace and security features against the shared H2 server: listing search, owner-only edits,
 * the audit log, idempotent submission, benchmark runs with live progress (SSE), billing access rules.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MarketplaceIT {

    @RegisterExtension
    static final PlatformServer PLATFORM = PlatformServer.shared(PlatformServer.Database.H2);

    private static final TokenIssuer ISSUER = TokenIssuer.get();
    // subjects of their own, so that PlatformContract's counts on the shared server stay exact
    static final String OLIVIA = ISSUER.token("olivia", "owner");
    static final String OSCAR = ISSUER.token("oscar", "owner");
    static final String ERIN = ISSUER.token("erin", "consumer");
    static final String FRANK = ISSUER.token("frank", "consumer");
    static final String ADMIN = ISSUER.token("root", "admin");

    private static long model;
    private static long otherModel;
    private static long cheapListing;
    private static long dearListing;
    private static long zkmlModel;

    static Api api() {
        return new Api(PLATFORM.baseUrl());
    }

    private static List<Long> ids(Api.Answer page) {
        assertEquals(200, page.status(), page.body());
        List<Long> ids = new ArrayList<>();
        page.json().path("items").forEach(i -> ids.add(i.path("id").asLong()));
        return ids;
    }

    @BeforeAll
    static void listTwoModels() {
        model = modelWithWeights(api(), OLIVIA, "fmnist-linear (marketplace-it)");
        otherModel = modelWithWeights(api(), OSCAR, "oscar's");
        cheapListing = created(api().post("/api/v1/marketplace/listings", OLIVIA, terms(model, "Olivia cheap", 0.5, null)));
        dearListing = created(api().post("/api/v1/marketplace/listings", OSCAR, terms(otherModel, "Oscar dear", 2, 1.5)));
    }

    @Test
    @Order(1)
    void searchFiltersByLevelPriceAndOrders() {
        String base = "/api/v1/marketplace/listings?q=marketplace-it";
        assertEquals(List.of(dearListing), ids(api().get(base + "&level=zkml", ERIN)));
        assertEquals(List.of(cheapListing, dearListing), ids(api().get(base + "&level=fhe&sort=price", ERIN)));
        assertEquals(List.of(cheapListing), ids(api().get(base + "&level=fhe&maxPrice=1", ERIN)));
        Api.Answer paged = api().get(base + "&sort=newest&size=1&page=1", ERIN);
        assertEquals(List.of(cheapListing), ids(paged));
        assertEquals(2, paged.json().path("total").asInt());
        assertProblem(api().get(base + "&level=quantum", ERIN), 400);
        assertProblem(api().get(base + "&maxPrice=1", ERIN), 400); // a price needs a level
        assertProblem(api().get(base + "&sort=price", ERIN), 400);
        assertProblem(api().get(base + "&maxPrice=-1&level=fhe", ERIN), 400);
        assertProblem(api().get(base + "&size=101", ERIN), 400);
    }

    @Test
    @Order(2)
    void onlyTheOwnerEditsAListingAndSeesItPaused() {
        Map<String, Object> paused = terms(model, "Olivia cheap", 0.5, null);
        paused.put("status", "paused");
        assertProblem(api().put("/api/v1/marketplace/listings/" + cheapListing, OSCAR, paused), 403);
        assertProblem(api().put("/api/v1/marketplace/listings/" + cheapListing, ERIN, paused), 403);
        assertEquals(200, api().put("/api/v1/marketplace/listings/" + cheapListing, OLIVIA, paused).status());
        assertEquals(List.of(), ids(api().get("/api/v1/marketplace/listings?q=Olivia+cheap", ERIN)));
        assertEquals(List.of(cheapListing), ids(api().get("/api/v1/marketplace/listings?q=Olivia+cheap&owner=olivia&paused=true", OLIVIA)));
        assertEquals(List.of(cheapListing), ids(api().get("/api/v1/marketplace/listings?q=Olivia+cheap&paused=true", ADMIN)));
        assertProblem(api().get("/api/v1/marketplace/listings?owner=olivia&paused=true", OSCAR), 403);
        assertProblem(api().post("/api/v1/marketplace/listings", OSCAR, terms(model, "not his", 1, null)), 403);
        Map<String, Object> active = terms(model, "Olivia cheap", 0.5, null);
        active.put("status", "active");
        assertEquals(200, api().put("/api/v1/marketplace/listings/" + cheapListing, ADMIN, active).status());
    }

    @Test
    @Order(3)
    void anIdempotencyKeyQueuesOneJobHoweverOftenItIsSent() {
        // a real zkml submission: a model whose circuit is built, and an input for it
        zkmlModel = TinyZkmlModel.registerWithCircuit(api(), OLIVIA, "tiny zkml (marketplace-it)", 1);
        String path = "/api/v1/ml/models/" + zkmlModel + "/inference";
        Map<String, Object> zkml = Map.of("privacyLevel", "zkml", "input", new double[] {1, 0.5, -0.25, 0, 2, -1});
        Api.Answer first = api().postWithHeader(path, ERIN, zkml, "Idempotency-Key", "erin-k1");
        assertEquals(202, first.status(), first.body());
        Api.Answer again = api().postWithHeader(path, ERIN, zkml, "Idempotency-Key", "erin-k1");
        assertEquals(202, again.status(), again.body());
        assertEquals(first.json().path("id").asLong(), again.json().path("id").asLong());
        assertEquals("true", again.header("Idempotent-Replayed").orElseThrow());
        assertFalse(first.header("Idempotent-Replayed").isPresent());
        Api.Answer otherConsumer = api().postWithHeader(path, FRANK, zkml, "Idempotency-Key", "erin-k1");
        assertNotEquals(first.json().path("id").asLong(), otherConsumer.json().path("id").asLong(), "keys are per consumer");
        assertProblem(api().postWithHeader("/api/v1/ml/models/" + otherModel + "/inference", ERIN,
                Map.of("privacyLevel", "zkml"), "Idempotency-Key", "erin-k1"), 409);
        assertProblem(api().postWithHeader(path, ERIN, zkml, "Idempotency-Key", "bad key!"), 400);
        assertProblem(api().get("/api/v1/ml/jobs/" + first.json().path("id").asLong(), FRANK), 404);
    }

    @Test
    @Order(4)
    void aBenchmarkRunMeasuresThePlaintextReferenceWithLiveProgress() {
        assertProblem(api().post("/api/v1/benchmarks/runs", OSCAR, Map.of("modelId", model)), 403);
        assertProblem(api().post("/api/v1/benchmarks/runs", OLIVIA, Map.of()), 403); // every model: admins only
        assertProblem(api().post("/api/v1/benchmarks/runs", OLIVIA, Map.of("modelId", 0)), 400);
        Api.Answer run = api().post("/api/v1/benchmarks/runs", OLIVIA, Map.of("modelId", model));
        assertEquals(202, run.status(), run.body());
        JsonNode job = run.json().path(0);
        assertEquals("benchmark", job.path("kind").asText(), run.body());
        long jobId = job.path("id").asLong();

        List<ServerSentEvents.Event> events = ServerSentEvents.read(PLATFORM.baseUrl() + "/api/v1/ml/jobs/" + jobId + "/events", OLIVIA);
        assertEquals("done", events.getLast().name(), events.toString());
        assertEquals("succeeded", events.getLast().data(), events.toString());
        List<JsonNode> progress = events.stream().filter(e -> e.name().equals("progress")).map(ServerSentEvents.Event::json).toList();
        assertFalse(progress.isEmpty(), events.toString());
        assertEquals("succeeded", progress.getLast().path("status").asText());
        assertEquals(100, progress.getLast().path("progressPercent").asInt());
        IllegalStateException foreign = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> ServerSentEvents.read(PLATFORM.baseUrl() + "/api/v1/ml/jobs/" + jobId + "/events", OSCAR));
        assertTrue(foreign.getMessage().startsWith("HTTP 404"), foreign.getMessage()); // another owner's job stays invisible

        JsonNode result = api().get("/api/v1/benchmarks?modelId=" + model, ERIN).json().path("items").path(0);
        assertEquals("plaintext-reference", result.path("benchmark").asText(), result.toString());
        assertEquals(100, result.path("samples").asInt());
        assertTrue(result.path("medianMicros").asLong() > 0 && result.path("medianMicros").asLong() <= result.path("p95Micros").asLong());
        assertEquals(jobId, result.path("jobId").asLong());
        JsonNode listing = api().get("/api/v1/marketplace/listings/" + cheapListing, ERIN).json();
        assertEquals(result.path("medianMicros").asLong(), listing.path("plaintextLatencyMicros").asLong(), listing.toString());
        assertTrue(api().get("/api/v1/benchmarks/kinds", ERIN).body().contains("plaintext-reference"));
        assertProblem(api().get("/api/v1/benchmarks?benchmark=Bad_Name", ERIN), 400);
    }

    @Test
    @Order(5)
    void billingShowsEachPartyItsShareOnly() {
        Api.Answer mine = api().get("/api/v1/marketplace/usage", ERIN);
        assertEquals(200, mine.status(), mine.body());
        assertProblem(api().get("/api/v1/marketplace/usage?as=all", OLIVIA), 403);
        assertProblem(api().get("/api/v1/marketplace/usage?as=owner", ERIN), 403);
        assertEquals(200, api().get("/api/v1/marketplace/usage?as=all", ADMIN).status());
        Api.Answer summary = api().get("/api/v1/marketplace/billing", OLIVIA);
        assertEquals(200, summary.status(), summary.body());
        assertEquals("olivia", summary.json().path("owner").asText());
        assertProblem(api().get("/api/v1/marketplace/billing?owner=oscar", OLIVIA), 403);
        assertEquals(200, api().get("/api/v1/marketplace/billing?owner=oscar", ADMIN).status());
        assertProblem(api().get("/api/v1/marketplace/billing", ERIN), 403);
        assertProblem(api().get("/api/v1/marketplace/billing?from=yesterday", OLIVIA), 400);
        assertProblem(api().get("/api/v1/marketplace/billing?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", OLIVIA), 400);
        assertEquals(200, api().get("/api/v1/marketplace/verifications?modelId=" + model, ERIN).status());
    }

    @Test
    @Order(6)
    void theAuditLogRecordsChangesAndRefusals() {
        assertProblem(api().delete("/api/v1/marketplace/listings/" + dearListing, OLIVIA), 403);
        assertProblem(api().get("/api/v1/models", "not-a-jwt"), 401);
        assertProblem(api().get("/api/v1/admin/audit", OLIVIA), 403);
        Api.Answer denied = api().get("/api/v1/admin/audit?outcome=denied&size=100", ADMIN);
        assertEquals(200, denied.status(), denied.body());
        List<String> seen = new ArrayList<>();
        denied.json().path("items").forEach(e -> seen.add(e.path("actor").asText() + " " + e.path("action").asText()
                + " " + e.path("httpStatus").asInt()));
        assertTrue(seen.contains("olivia DELETE /api/v1/marketplace/listings/" + dearListing + " 403"), seen.toString());
        assertTrue(seen.contains("anonymous GET /api/v1/models 401"), seen.toString());
        assertTrue(seen.contains("olivia GET /api/v1/admin/audit 403"), seen.toString());
        Api.Answer changes = api().get("/api/v1/admin/audit?actor=olivia&outcome=succeeded&size=100", ADMIN);
        assertTrue(changes.body().contains("\"PUT /api/v1/marketplace/listings/" + cheapListing + "\""), changes.body());
        assertTrue(changes.body().contains("\"actorRoles\":\"owner\""), changes.body());
        assertProblem(api().get("/api/v1/admin/audit?outcome=maybe", ADMIN), 400);
    }

    @Test
    @Order(7)
    void theCommandLineCoversTheProductEndpoints() throws java.io.IOException {
        java.nio.file.Path admin = java.nio.file.Files.createTempFile(PlatformServer.workDir(), "admin", ".jwt");
        java.nio.file.Files.writeString(admin, ADMIN);
        java.nio.file.Path olivia = java.nio.file.Files.createTempFile(PlatformServer.workDir(), "olivia", ".jwt");
        java.nio.file.Files.writeString(olivia, OLIVIA);
        String url = PLATFORM.baseUrl();

        CommandLine.Result listings = CommandLine.aitbc("listings", "--url", url, "--token-file", admin.toString(),
                "-q", "marketplace-it", "--level", "fhe", "--sort", "price");
        assertEquals(0, listings.exitCode(), listings.output());
        assertTrue(listings.output().contains("Olivia cheap") && listings.output().contains("Oscar dear"), listings.output());
        assertTrue(listings.output().indexOf("Olivia cheap") < listings.output().indexOf("Oscar dear"), "cheapest first");

        CommandLine.Result audit = CommandLine.aitbc("audit", "--url", url, "--token-file", admin.toString(), "--outcome", "denied");
        assertEquals(0, audit.exitCode(), audit.output());
        assertTrue(audit.output().contains("DELETE /api/v1/marketplace/listings/" + dearListing), audit.output());
        CommandLine.Result refused = CommandLine.aitbc("audit", "--url", url, "--token-file", olivia.toString());
        assertEquals(1, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("HTTP 403"), refused.output());

        CommandLine.Result run = CommandLine.aitbc("benchmarks", "run", "--url", url, "--token-file", olivia.toString(),
                "--model", Long.toString(model));
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("100%") && run.output().contains("succeeded"), "a progress bar to the end: " + run.output());
        CommandLine.Result results = CommandLine.aitbc("benchmarks", "list", "--url", url, "--token-file", olivia.toString(),
                "--model", Long.toString(model));
        assertEquals(0, results.exitCode(), results.output());
        assertTrue(results.output().contains("plaintext-reference"), results.output());

        CommandLine.Result billing = CommandLine.aitbc("billing", "--url", url, "--token-file", olivia.toString());
        assertEquals(0, billing.exitCode(), billing.output());
        assertTrue(billing.output().contains("owner olivia"), billing.output());
        CommandLine.Result usage = CommandLine.aitbc("usage", "--url", url, "--token-file", olivia.toString(), "--as", "owner");
        assertEquals(0, usage.exitCode(), usage.output());
        CommandLine.Result unreachable = CommandLine.aitbc("listings", "--url", "http://127.0.0.1:9", "--token-file", admin.toString());
        assertEquals(2, unreachable.exitCode(), unreachable.output());
    }

    @Test
    @Order(8)
    void theCommandLineCreatesEditsAndSearchesListingsOwnerOnly() throws java.io.IOException {
        String[] olivia = connection(OLIVIA);
        String[] oscar = connection(OSCAR);
        String[] erin = connection(ERIN);

        CommandLine.Result created = cli(olivia, "listings", "create", "--model", Long.toString(model), "--title",
                "Olivia via cli", "--description", "marketplace-it cli", "--price-fhe", "0.75", "--price-hybrid", "3");
        assertEquals(0, created.exitCode(), created.output());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("listing (\\d+) created").matcher(created.output());
        assertTrue(m.find(), created.output());
        long listing = Long.parseLong(m.group(1));
        JsonNode stored = api().get("/api/v1/marketplace/listings/" + listing, ERIN).json();
        assertEquals("olivia", stored.path("owner").asText(), stored.toString());
        assertEquals(0, new java.math.BigDecimal("0.75").compareTo(stored.path("priceFhe").decimalValue()), stored.toString());
        assertEquals(0, new java.math.BigDecimal("3").compareTo(stored.path("priceHybrid").decimalValue()), stored.toString());
        assertTrue(stored.path("priceZkml").isMissingNode() || stored.path("priceZkml").isNull(), stored.toString());

        CommandLine.Result found = cli(erin, "listings", "search", "-q", "marketplace-it cli", "--level", "hybrid", "--json");
        assertEquals(0, found.exitCode(), found.output());
        JsonNode page = Api.parse(found.output());
        assertEquals(1, page.path("total").asInt(), found.output());
        assertEquals(listing, page.path("items").path(0).path("id").asLong(), found.output());
        assertEquals(0, cli(erin, "listings", "search", "-q", "marketplace-it cli", "--level", "zkml", "--json")
                .output().indexOf('{'), "JSON on stdout");
        assertEquals(0, Api.parse(cli(erin, "listings", "search", "-q", "marketplace-it cli", "--level", "zkml", "--json").output())
                .path("total").asInt(), "no zkml price: not found at that level");

        CommandLine.Result foreign = cli(oscar, "listings", "update", Long.toString(listing), "--price-fhe", "0.01");
        assertEquals(1, foreign.exitCode(), foreign.output());
        assertTrue(foreign.output().contains("HTTP 403"), foreign.output());
        assertEquals(1, cli(oscar, "listings", "delete", Long.toString(listing)).exitCode());
        assertEquals(0, new java.math.BigDecimal("0.75").compareTo(
                api().get("/api/v1/marketplace/listings/" + listing, ERIN).json().path("priceFhe").decimalValue()), "unchanged");

        CommandLine.Result paused = cli(olivia, "listings", "update", Long.toString(listing), "--status", "paused",
                "--price-fhe", "0.5", "--withdraw", "hybrid");
        assertEquals(0, paused.exitCode(), paused.output());
        JsonNode revised = api().get("/api/v1/marketplace/listings/" + listing, OLIVIA).json();
        assertEquals("paused", revised.path("status").asText(), revised.toString());
        assertEquals("Olivia via cli", revised.path("title").asText(), "options not given stay as they were");
        assertEquals(0, new java.math.BigDecimal("0.5").compareTo(revised.path("priceFhe").decimalValue()), revised.toString());
        assertTrue(revised.path("priceHybrid").isMissingNode() || revised.path("priceHybrid").isNull(), revised.toString());
        assertFalse(cli(erin, "listings", "-q", "marketplace-it cli").output().contains("Olivia via cli"), "paused: hidden");
        assertTrue(cli(olivia, "listings", "-q", "marketplace-it cli", "--owner", "olivia", "--paused").output()
                .contains("Olivia via cli"), "its owner still sees it");
        CommandLine.Result shown = cli(erin, "listings", "get", Long.toString(listing));
        assertEquals(0, shown.exitCode(), shown.output());
        assertTrue(shown.output().contains("Olivia via cli") && shown.output().contains("paused"), shown.output());

        assertEquals(0, cli(olivia, "listings", "delete", Long.toString(listing)).exitCode());
        assertProblem(api().get("/api/v1/marketplace/listings/" + listing, ERIN), 404);
    }

    @Test
    @Order(9)
    void theCommandLineCoversModelsJobsResultsAndReports() throws java.io.IOException {
        String[] olivia = connection(OLIVIA);
        String[] oscar = connection(OSCAR);
        String[] erin = connection(ERIN);

        CommandLine.Result renamed = cli(olivia, "models", "update", Long.toString(otherModel));
        assertEquals(1, renamed.exitCode(), "another owner's model: " + renamed.output());
        assertTrue(renamed.output().contains("HTTP 403"), renamed.output());
        CommandLine.Result described = cli(oscar, "models", "update", Long.toString(otherModel), "--description", "re-described");
        assertEquals(0, described.exitCode(), described.output());
        assertEquals("re-described", api().get("/api/v1/models/" + otherModel, ERIN).json().path("description").asText());
        assertEquals("oscar's", api().get("/api/v1/models/" + otherModel, ERIN).json().path("name").asText(), "name kept");
        CommandLine.Result shown = cli(erin, "models", "get", Long.toString(otherModel));
        assertTrue(shown.output().contains("oscar's\towner oscar") && shown.output().contains("re-described"), shown.output());
        Path vkey = PlatformServer.workDir().resolve("marketplace-it-vkey.json");
        CommandLine.Result circuit = cli(erin, "models", "circuit", Long.toString(zkmlModel), "--wait",
                "--verification-key", vkey.toString());
        assertEquals(0, circuit.exitCode(), circuit.output());
        assertTrue(circuit.output().contains("\"status\" : \"ready\""), circuit.output());
        assertEquals("groth16", Api.parse(java.nio.file.Files.readString(vkey)).path("protocol").asText());
        CommandLine.Result rebuild = cli(olivia, "models", "circuit", Long.toString(zkmlModel), "--rebuild");
        assertEquals(1, rebuild.exitCode(), "a ready circuit is not rebuilt: " + rebuild.output());
        assertTrue(rebuild.output().contains("HTTP 409"), rebuild.output());

        // a zkml job submitted twice with one idempotency key, followed with a progress bar, its result downloaded
        Path input = java.nio.file.Files.createTempFile(PlatformServer.workDir(), "input", ".json");
        java.nio.file.Files.writeString(input, "[1, 0.5, -0.25, 0, 2, -1]");
        CommandLine.Result submitted = cli(erin, "jobs", "submit", "--model", Long.toString(zkmlModel), "--input",
                input.toString(), "--idempotency-key", "erin-cli-1", "--wait");
        assertEquals(0, submitted.exitCode(), submitted.output());
        assertTrue(submitted.output().contains("100%") && submitted.output().contains("succeeded"), submitted.output());
        long job = Long.parseLong(submitted.output().replaceAll("(?s).*?job (\\d+) .*", "$1"));
        CommandLine.Result again = cli(erin, "jobs", "submit", "--model", Long.toString(zkmlModel), "--input",
                input.toString(), "--idempotency-key", "erin-cli-1");
        assertTrue(again.output().contains("job " + job + " succeeded (replayed"), again.output());
        CommandLine.Result result = cli(erin, "jobs", "result", Long.toString(job));
        assertEquals(0, result.exitCode(), result.output());
        JsonNode output = Api.parse(result.output());
        assertEquals(argmax(TinyZkmlModel.logits(new double[] {1, 0.5, -0.25, 0, 2, -1})), output.path("predictedClass").asInt(),
                result.output());
        assertEquals(1, cli(connection(FRANK), "jobs", "result", Long.toString(job)).exitCode(), "another consumer's job");
        CommandLine.Result listed = cli(erin, "jobs", "list", "--json");
        assertTrue(Api.parse(listed.output()).path("items").findValuesAsText("id").contains(Long.toString(job)), listed.output());
        assertTrue(cli(erin, "jobs", "get", Long.toString(job)).output().contains("\"proofId\""), "the job names its proof");

        assertEquals(0, cli(erin, "keys", "list").exitCode());
        assertTrue(cli(erin, "benchmarks", "kinds").output().contains("plaintext-reference"));
        CommandLine.Result verifications = cli(erin, "verifications", "--model", Long.toString(model), "--json");
        assertEquals(0, verifications.exitCode(), verifications.output());
        assertTrue(Api.parse(verifications.output()).has("total"), verifications.output());
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    /** --url and --token-file of a caller (the token in a file, as a user keeps it). */
    private static String[] connection(String token) throws java.io.IOException {
        Path file = java.nio.file.Files.createTempFile(PlatformServer.workDir(), "caller", ".jwt");
        java.nio.file.Files.writeString(file, token);
        return new String[] {"--url", PLATFORM.baseUrl(), "--token-file", file.toString()};
    }

    private static CommandLine.Result cli(String[] connection, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(connection));
        return CommandLine.aitbc(all.toArray(String[]::new));
    }
}
