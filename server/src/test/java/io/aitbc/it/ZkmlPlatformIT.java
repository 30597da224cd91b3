package io.aitbc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * zkML through the running server: a registered model gets its circuit built by the batch job (progress, status on
 * the version), zkml inference proves with our prover, the proof verifies over REST, in snarkjs and with
 * {@code aitbc groth16 verify}; the CLI runs the same flow; bad requests get problem details.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZkmlPlatformIT {

    private static final BigInteger P = new BigInteger(
            "21888242871839275222246405745257275088548364400416034343698204186575808495617");
    private static final Duration BUILD_LIMIT = Duration.ofMinutes(4);

    @RegisterExtension
    static final PlatformServer PLATFORM = PlatformServer.shared(PlatformServer.Database.H2);

    private static final TokenIssuer ISSUER = TokenIssuer.get();
    private static final String OWNER = ISSUER.token("zed", "owner");
    private static final String CONSUMER = ISSUER.token("yan", "consumer");
    private static final String OTHER_CONSUMER = ISSUER.token("xia", "consumer");
    private static final String ADMIN = ISSUER.token("root", "admin");

    private static long modelId;
    private static long proofId;
    private static long jobId;
    private static String commitment;
    private static final double[] INPUT = {1.5, -0.5, 2.0, 0.25, -1.0, 0.75};

    static Path root() {
        return ZkmlServerConfig.root();
    }

    private static Api api() {
        return new Api(PLATFORM.baseUrl());
    }

    @Test
    @Order(1)
    void aRegisteredVersionGetsItsCircuitBuiltByTheBatchJob() throws IOException {
        Api.Answer m = api().post("/api/v1/models", OWNER, Map.of("name", "tiny-zkml", "description", "6-4-3 MLP"));
        assertEquals(201, m.status(), m.body());
        modelId = m.json().path("id").asLong();
        Api.Answer v = api().post("/api/v1/models/" + modelId + "/versions", OWNER,
                Map.of("onnxBase64", Base64.getEncoder().encodeToString(TinyZkmlModel.onnx())));
        assertEquals(201, v.status(), v.body());
        commitment = v.json().path("commitment").asText();
        assertFalse(commitment.isBlank(), v.body());

        // Not ready yet: the build job has only just been queued (circom2 alone takes seconds).
        Api.Answer early = api().post("/api/v1/ml/models/" + modelId + "/inference", CONSUMER,
                Map.of("privacyLevel", "zkml", "input", INPUT));
        Problems.assertProblem(early, 409);
        assertTrue(early.json().path("detail").asText().contains("no zkML circuit yet"), early.body());

        String circuitPath = "/api/v1/models/" + modelId + "/versions/1/circuit";
        JsonNode circuit = await(circuitPath, OWNER,
                c -> !c.path("status").asText().equals("building") && !c.path("status").asText().equals("not_built"),
                BUILD_LIMIT);
        JsonNode buildJob = api().get("/api/v1/ml/jobs/" + circuit.path("jobId").asLong(), ADMIN).json();
        assertEquals("circuit_setup", buildJob.path("kind").asText(), buildJob.toString());
        assertEquals("ready", circuit.path("status").asText(), circuit.toString());
        assertEquals(100, circuit.path("progressPercent").asInt(), circuit.toString());
        assertEquals("succeeded", circuit.path("jobStatus").asText(), circuit.toString());
        assertTrue(circuit.path("constraints").asInt() > 100, circuit.toString());
        assertEquals(4 + TinyZkmlModel.CLASSES + 1, circuit.path("publicSignals").asInt(), circuit.toString());
        assertTrue(circuit.path("ptauUnsafe").asBoolean(), "the development ptau is reported: " + circuit);
        assertEquals(commitment, circuit.path("modelCommitment").asText());
        JsonNode version = api().get("/api/v1/models/" + modelId + "/versions", OWNER).json().get(0);
        assertEquals("ready", version.path("circuitStatus").asText(), version.toString());
    }

    @Test
    @Order(2)
    void zkmlInferenceReturnsTheOutputWithAProofOfIt() {
        Api.Answer submitted = api().post("/api/v1/ml/models/" + modelId + "/inference", CONSUMER,
                Map.of("privacyLevel", "zkml", "input", INPUT));
        assertEquals(202, submitted.status(), submitted.body());
        jobId = submitted.json().path("id").asLong();
        JsonNode job = JobWatch.until(api(), CONSUMER, jobId, j -> j.path("status").asText().matches("succeeded|failed"))
                .getLast();
        assertEquals("succeeded", job.path("status").asText(), job.toString());
        assertEquals(100, job.path("progressPercent").asInt());
        proofId = job.path("proofId").asLong();

        JsonNode result = Api.parse(api().get("/api/v1/ml/jobs/" + jobId + "/result", CONSUMER).body());
        double[] expected = TinyZkmlModel.logits(INPUT);
        for (int i = 0; i < expected.length; i++) { // 8-bit weights, 8 fractional bits: close to the float model
            assertEquals(expected[i], result.path("logits").get(i).asDouble(), 0.15, "logit " + i + ": " + result);
        }
        assertEquals(argmax(expected), result.path("predictedClass").asInt(), result.toString());

        Api.Answer proof = api().get("/api/v1/ml/proofs/" + proofId, CONSUMER);
        assertEquals(200, proof.status(), proof.body());
        JsonNode p = proof.json();
        JsonNode signals = p.path("publicSignals");
        assertEquals(4 + TinyZkmlModel.CLASSES + 1, signals.size(), p.toString());
        assertEquals(commitment, signals.get(0).asText(), "the proof is about the registered model");
        assertEquals(result.path("inputHash").asText(), signals.get(1).asText());
        assertEquals(result.path("predictedClass").asInt(), signals.get(3).asInt());
        for (int i = 0; i < TinyZkmlModel.CLASSES; i++) {
            long z = result.path("fixedPointLogits").get(i).asLong();
            assertEquals(BigInteger.valueOf(z).mod(P).toString(), signals.get(4 + i).asText(), "logit " + i);
        }
        assertEquals("verified", p.path("verificationStatus").asText(), "the job verified its proof: " + p);
        Problems.assertProblem(api().get("/api/v1/ml/proofs/" + proofId, OTHER_CONSUMER), 404);
        Problems.assertProblem(api().get("/api/v1/ml/proofs/987654321", CONSUMER), 404);
    }

    @Test
    @Order(3)
    void theServerVerifiesStoredAndSubmittedProofs() {
        Api.Answer v = api().post("/api/v1/ml/proofs/" + proofId + "/verify", CONSUMER, "");
        assertEquals(200, v.status(), v.body());
        assertTrue(v.json().path("valid").asBoolean(), v.body());
        assertTrue(v.json().path("recorded").asBoolean(), v.body());
        assertTrue(v.json().path("verificationMicros").asLong() > 0, v.body());
        JsonNode history = api().get("/api/v1/marketplace/verifications?modelId=" + modelId, OWNER).json().path("items");
        assertTrue(history.size() >= 2, "the job's and this verification count for the model's reputation: " + history);
        for (JsonNode h : history) {
            assertTrue(h.path("verified").asBoolean(), history.toString());
        }

        JsonNode p = api().get("/api/v1/ml/proofs/" + proofId, CONSUMER).json();
        ObjectNode tampered = Api.JSON.createObjectNode();
        tampered.set("proof", p.path("proof"));
        ArrayNode signals = p.path("publicSignals").deepCopy();
        signals.set(4, Api.JSON.getNodeFactory().textNode(new BigInteger(signals.get(4).asText()).add(BigInteger.ONE).toString()));
        tampered.set("publicSignals", signals);
        Api.Answer bad = api().post("/api/v1/ml/proofs/" + proofId + "/verify", CONSUMER, tampered.toString());
        assertEquals(200, bad.status(), bad.body());
        assertFalse(bad.json().path("valid").asBoolean(), bad.body());
        assertEquals("invalid_proof", bad.json().path("outcome").asText(), bad.body());
        assertFalse(bad.json().path("recorded").asBoolean(), bad.body());

        ObjectNode malformed = tampered.deepCopy();
        ((ObjectNode) malformed.path("proof")).put("pi_a", "not a point");
        Problems.assertProblem(api().post("/api/v1/ml/proofs/" + proofId + "/verify", CONSUMER, malformed.toString()), 400);
        Problems.assertProblem(api().post("/api/v1/ml/proofs/" + proofId + "/verify", CONSUMER, "{\"proof\": 1}"), 400);
        Problems.assertProblem(api().post("/api/v1/ml/proofs/424242/verify", CONSUMER, ""), 404);
    }

    @Test
    @Order(4)
    void snarkjsAndOurCliVerifyTheDownloadedFiles() throws Exception {
        Path dir = Files.createTempDirectory(PlatformServer.workDir(), "proof");
        CommandLine.Result download = CommandLine.aitbc("proofs", "download", Long.toString(proofId), "--dir", dir.toString(),
                "--url", PLATFORM.baseUrl(), "--token", CONSUMER);
        assertEquals(0, download.exitCode(), download.output());
        for (String f : List.of("proof.json", "public.json", "verification_key.json")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f + ": " + download.output());
        }
        String snarkjs = run(List.of("node", root().resolve("circuits/node_modules/snarkjs/build/cli.cjs").toString(),
                "groth16", "verify", dir.resolve("verification_key.json").toString(), dir.resolve("public.json").toString(),
                dir.resolve("proof.json").toString()));
        assertTrue(snarkjs.contains("OK"), snarkjs);
        CommandLine.Result ours = CommandLine.aitbc("groth16", "verify", dir.resolve("verification_key.json").toString(),
                dir.resolve("public.json").toString(), dir.resolve("proof.json").toString());
        assertEquals(0, ours.exitCode(), ours.output());
        String[] submitted = {"proofs", "verify", Long.toString(proofId), "--proof", dir.resolve("proof.json").toString(),
                "--public", dir.resolve("public.json").toString(), "--url", PLATFORM.baseUrl(), "--token", CONSUMER};
        CommandLine.Result server = CommandLine.aitbc(submitted);
        assertEquals(0, server.exitCode(), server.output());
        assertTrue(server.output().contains("VALID (valid)"), server.output());

        // and a tampered public.json fails all three
        String pub = Files.readString(dir.resolve("public.json"));
        JsonNode signals = Api.parse(pub);
        String changed = pub.replace("\"" + signals.get(1).asText() + "\"",
                "\"" + new BigInteger(signals.get(1).asText()).add(BigInteger.ONE) + "\"");
        Files.writeString(dir.resolve("public.json"), changed, StandardCharsets.UTF_8);
        assertFalse(run(List.of("node", root().resolve("circuits/node_modules/snarkjs/build/cli.cjs").toString(),
                "groth16", "verify", dir.resolve("verification_key.json").toString(), dir.resolve("public.json").toString(),
                dir.resolve("proof.json").toString())).contains("OK!"));
        assertTrue(CommandLine.aitbc("groth16", "verify", dir.resolve("verification_key.json").toString(),
                dir.resolve("public.json").toString(), dir.resolve("proof.json").toString()).exitCode() != 0);
        CommandLine.Result refused = CommandLine.aitbc(submitted);
        assertEquals(1, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("INVALID"), refused.output());
    }

    @Test
    @Order(5)
    void theCliRunsZkmlInferenceAndVerifiesTheProof() throws IOException {
        Path dir = Files.createTempDirectory(PlatformServer.workDir(), "cli");
        Path input = dir.resolve("x.json");
        Files.writeString(input, "[[1.5, -0.5, 2.0], [0.25, -1.0, 0.75]]");
        CommandLine.Result infer = CommandLine.aitbc("infer", "--model", Long.toString(modelId), "--input", input.toString(),
                "--privacy", "zkml", "--proof-dir", dir.toString(), "--url", PLATFORM.baseUrl(), "--token", CONSUMER);
        assertEquals(0, infer.exitCode(), infer.output());
        assertTrue(infer.output().contains("class: " + argmax(TinyZkmlModel.logits(INPUT))), infer.output());
        assertTrue(infer.output().contains("model commitment: " + commitment), infer.output());
        long cliProof = Long.parseLong(infer.output().replaceAll("(?s).*, proof (\\d+).*", "$1"));
        CommandLine.Result verify = CommandLine.aitbc("proofs", "verify", Long.toString(cliProof),
                "--url", PLATFORM.baseUrl(), "--token", CONSUMER);
        assertEquals(0, verify.exitCode(), verify.output());
        assertTrue(verify.output().contains("VALID (valid)"), verify.output());
        CommandLine.Result get = CommandLine.aitbc("proofs", "get", Long.toString(cliProof),
                "--url", PLATFORM.baseUrl(), "--token", CONSUMER);
        assertEquals(0, get.exitCode(), get.output());
        assertTrue(get.output().contains("\"verificationStatus\" : \"verified\""), get.output());
        assertTrue(Files.isRegularFile(dir.resolve("proof.json")), infer.output());
        CommandLine.Result other = CommandLine.aitbc("proofs", "get", Long.toString(cliProof),
                "--url", PLATFORM.baseUrl(), "--token", OTHER_CONSUMER);
        assertEquals(1, other.exitCode(), other.output());
    }

    @Test
    @Order(6)
    void aRestProducedProofVerifiesOnALocalChainWithOneCliCommand() throws Exception {
        Path dir = Files.createTempDirectory(PlatformServer.workDir(), "chain");
        String[] connection = {"--url", PLATFORM.baseUrl(), "--token", CONSUMER};
        assertEquals(0, CommandLine.aitbc(concat(new String[] {"proofs", "download", Long.toString(proofId), "--dir",
                dir.toString()}, connection)).exitCode());
        CommandLine.Result export = CommandLine.aitbc("zkey", "export", "solidityverifier",
                dir.resolve("verification_key.json").toString(), dir.resolve("TinyVerifier.sol").toString());
        assertEquals(0, export.exitCode(), export.output());
        try (LocalEvm evm = LocalEvm.start(root())) {
            String verifier = evm.deploy(root(), dir.resolve("TinyVerifier.sol"), "Groth16Verifier",
                    Files.createDirectories(dir.resolve("solc")));
            CommandLine.Result ok = CommandLine.aitbc("chain", "verifyproof", "--rpc-url", evm.rpcUrl(), "--verifier", verifier,
                    "--chain-id", Long.toString(LocalEvm.CHAIN_ID), dir.resolve("proof.json").toString(),
                    dir.resolve("public.json").toString());
            assertEquals(0, ok.exitCode(), ok.output());
            assertTrue(ok.output().contains("OK"), ok.output());

            JsonNode signals = Api.parse(Files.readString(dir.resolve("public.json")));
            ArrayNode changed = signals.deepCopy();
            changed.set(2, Api.JSON.getNodeFactory().textNode(new BigInteger(signals.get(2).asText()).add(BigInteger.ONE).toString()));
            Files.writeString(dir.resolve("public.json"), changed.toString());
            CommandLine.Result invalid = CommandLine.aitbc("chain", "verifyproof", "--rpc-url", evm.rpcUrl(), "--verifier",
                    verifier, dir.resolve("proof.json").toString(), dir.resolve("public.json").toString());
            assertEquals(1, invalid.exitCode(), invalid.output());
            assertTrue(invalid.output().contains("INVALID"), invalid.output());
        }
    }

    @Test
    @Order(7)
    void anAnchoringFailureIsRecordedOnTheProofAndCanBeRetried() {
        // The test servers anchor at a node that does not answer (ZkmlServerConfig): the job succeeded all the same.
        JsonNode p = await("/api/v1/ml/proofs/" + proofId, CONSUMER, x -> x.hasNonNull("anchorStatus"), Duration.ofSeconds(60));
        assertEquals("failed", p.path("anchorStatus").asText(), p.toString());
        assertTrue(p.path("anchorError").asText().startsWith("retryable: "), p.toString());
        assertEquals("succeeded", api().get("/api/v1/ml/jobs/" + jobId, CONSUMER).json().path("status").asText());
        Api.Answer retry = api().post("/api/v1/ml/proofs/" + proofId + "/anchor", CONSUMER, "");
        assertEquals(200, retry.status(), retry.body());
        assertEquals("failed", retry.json().path("anchorStatus").asText(), retry.body());
        assertTrue(retry.json().path("anchorError").asText().contains("127.0.0.1"), retry.body());
        Problems.assertProblem(api().post("/api/v1/ml/proofs/" + proofId + "/anchor", OTHER_CONSUMER, ""), 404);
        CommandLine.Result cli = CommandLine.aitbc("proofs", "anchor", Long.toString(proofId), "--url", PLATFORM.baseUrl(),
                "--token", CONSUMER);
        assertEquals(1, cli.exitCode(), "not anchored: " + cli.output());
        assertTrue(cli.output().contains("proof " + proofId + " anchor failed") && cli.output().contains("127.0.0.1"), cli.output());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    @Order(8)
    void badInputsAreRefusedWithProblemDetails() {
        String path = "/api/v1/ml/models/" + modelId + "/inference";
        Problems.assertProblem(api().post(path, CONSUMER, Map.of("privacyLevel", "zkml", "input", new double[] {1, 2, 3})), 422);
        Problems.assertProblem(api().post(path, CONSUMER, Map.of("privacyLevel", "zkml",
                "input", new double[] {1e6, 0, 0, 0, 0, 0})), 422);
        Problems.assertProblem(api().post(path, CONSUMER, Map.of("privacyLevel", "zkml", "input", List.of("a", "b"))), 400);
        Problems.assertProblem(api().post(path, CONSUMER, Map.of("privacyLevel", "zkml")), 400);
        Problems.assertProblem(api().post(path, CONSUMER, Map.of("privacyLevel", "zkml", "keySetId", 5, "input", INPUT)), 400);
        Problems.assertProblem(api().post("/api/v1/ml/models/999999/inference", CONSUMER,
                Map.of("privacyLevel", "zkml", "input", INPUT)), 404);
        Problems.assertProblem(api().get("/api/v1/models/" + modelId + "/versions/7/circuit", OWNER), 404);
        Problems.assertProblem(api().post("/api/v1/models/" + modelId + "/versions/1/circuit/build", OWNER, ""), 409);
    }

    private static int argmax(double[] z) {
        int best = 0;
        for (int i = 1; i < z.length; i++) {
            if (z[i] > z[best]) {
                best = i;
            }
        }
        return best;
    }

    private static JsonNode await(String path, String token, Predicate<JsonNode> done, Duration limit) {
        return JobWatch.poll(api(), path, token, done, limit);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
        return out;
    }
}
