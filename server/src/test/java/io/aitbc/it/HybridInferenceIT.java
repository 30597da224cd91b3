package io.aitbc.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aitbc.fhe.serialization.FheSerializer;
import io.aitbc.model.commit.ZkmlCommitments;
import io.aitbc.model.hybrid.CircuitArtifacts;
import io.aitbc.model.hybrid.EncryptedInput;
import io.aitbc.model.hybrid.HybridClient;
import io.aitbc.model.hybrid.HybridCodec;
import io.aitbc.model.hybrid.HybridProfile;
import io.aitbc.model.hybrid.ModelSpec;
import io.aitbc.model.hybrid.ProvingCircuit;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.onnx.OnnxExporter;
import io.aitbc.model.quant.QuantizedInference;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.model.quant.Quantizer;
import io.aitbc.model.train.ModelZoo;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hybrid inference end to end against the real server (H2), on the INSECURE test-only ring N = 32 (the failsafe
 * configuration sets AITBC_HYBRID_PARAMETER_SET; the production set N = 8192 needs circuit setups of many minutes,
 * measured in docs/HYBRID.md §8): an owner registers a one-layer ONNX model and lists it, `aitbc infer --privacy
 * hybrid --listing` makes the whole round trip (key proof, input proof, evaluation proof verified against the
 * commitment the listing publishes, and the on-chain ModelRegistry's on a Hardhat node), inputs without a valid proof
 * are refused with 422 before any job exists, and the client refuses a commitment the listing and the registry
 * disagree on, and a result whose proof was made for another commitment. Logits are checked against the quantized
 * reference computed here from the same model; commitments against ZKML-SPEC's, computed here.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HybridInferenceIT {

    @RegisterExtension
    static final PlatformServer PLATFORM = PlatformServer.on(PlatformServer.Database.H2);

    private static final TokenIssuer ISSUER = TokenIssuer.get();
    private static final String ALICE = ISSUER.token("alice", "owner");
    private static final String CAROL = ISSUER.token("carol", "consumer");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A dense layer 8 -> 3 (8 x 3 weight coefficients fit the test ring). */
    private static final Model MODEL = dense(8, 3, 11);
    private static final QuantizedModel QUANTIZED = Quantizer.quantize(MODEL, ModelZoo.QUANTIZATION);
    private static final double[] INPUT = {0.1, 0.9, 0.5, 0.0, 1.0, 0.25, 0.75, 0.3};
    private static final String COMMITMENT = ZkmlCommitments.modelCommitment(QUANTIZED).toString();

    private static long modelId;
    private static long listingId;
    private static HybridProfile profile;

    private final Api api = new Api(PLATFORM.baseUrl());

    @Test
    @Order(1)
    void ownerRegistersADenseModelAndItsHybridProfileIsPublished() {
        Api.Answer created = api.post("/api/v1/models", ALICE, Map.of("name", "dense-8-3", "description", "hybrid test"));
        assertEquals(201, created.status(), created.body());
        modelId = created.json().path("id").asLong();
        Api.Answer version = api.post("/api/v1/models/" + modelId + "/versions", ALICE,
                new Api.Form().file("onnx", OnnxExporter.toBytes(MODEL, "dense-8-3")));
        assertEquals(201, version.status(), version.body());
        assertEquals(COMMITMENT, version.json().path("commitment").asText());

        // the listing publishes the version's commitment; its terms have no say in it
        Api.Answer listing = api.post("/api/v1/marketplace/listings", ALICE, Map.of("modelId", modelId,
                "title", "dense-8-3 hybrid", "description", "hybrid test", "priceHybrid", 1));
        assertEquals(201, listing.status(), listing.body());
        listingId = listing.json().path("id").asLong();
        JsonNode published = api.get("/api/v1/marketplace/listings/" + listingId, CAROL).json().path("publishedVersions");
        assertEquals(1, published.size(), published.toString());
        assertEquals(1, published.get(0).path("number").asInt());
        assertEquals(COMMITMENT, published.get(0).path("commitment").asText());
        assertEquals(version.json().path("archHash").asText(), published.get(0).path("archHash").asText());

        // the first request starts building the model's circuits (409 until they are built)
        Api.Answer p = api.get("/api/v1/ml/models/" + modelId + "/hybrid-profile", CAROL);
        for (long deadline = System.nanoTime() + 600_000_000_000L; p.status() == 409 && System.nanoTime() < deadline; ) {
            sleep(2000);
            p = api.get("/api/v1/ml/models/" + modelId + "/hybrid-profile", CAROL);
        }
        assertEquals(200, p.status(), p.body());
        profile = HybridProfile.fromJson(p.body());
        assertTrue(profile.parameters().isTestOnly(), profile.parameterSet());
        assertEquals(COMMITMENT, profile.commitment());
    }

    @Test
    @Order(2)
    void theCliRunsTheHybridRoundTripWithBothProofsAgainstTheListingsCommitment() throws IOException {
        String out = infer("--listing", Long.toString(listingId)).output(); // the listing names the model
        assertTrue(out.contains("evaluation proof: verified against commitment " + COMMITMENT + " (marketplace listing "
                + listingId + ")"), out);
        assertArrayEquals(QuantizedInference.logits(QUANTIZED, QuantizedInference.quantizeInput(QUANTIZED, INPUT)), logits(out), out);
    }

    @Test
    @Order(3)
    void withoutVerificationRequiredOnlyTheEvaluationProofIsSkipped() throws IOException {
        String out = infer("--listing", Long.toString(listingId), "--model", Long.toString(modelId), "--no-verify").output();
        assertTrue(out.contains("evaluation proof: NOT checked"), out);
        assertArrayEquals(QuantizedInference.logits(QUANTIZED, QuantizedInference.quantizeInput(QUANTIZED, INPUT)), logits(out), out);
    }

    @Test
    @Order(4)
    void inputsWithoutAValidProofAreRefusedWith422AndNoJobIsQueued() throws IOException {
        HybridClient carol = HybridClient.generate(profile.parameters(), RANDOM);
        byte[] publicKey = FheSerializer.write(carol.publicKey());
        byte[] keyProof = HybridCodec.write(carol.proveKey(prover(profile.keyCircuit())));
        HybridClient mallory = HybridClient.generate(profile.parameters(), RANDOM);

        // key registration: another key's proof is refused, the right one accepted
        assertProblem(api.post("/api/v1/ml/hybrid/keys", CAROL, new Api.Form()
                .file("publicKey", FheSerializer.write(mallory.publicKey())).file("keyProof", keyProof)), 422);
        Api.Answer registered = api.post("/api/v1/ml/hybrid/keys", CAROL, new Api.Form()
                .file("publicKey", publicKey).file("keyProof", keyProof));
        assertEquals(201, registered.status(), registered.body());
        long keySet = registered.json().path("id").asLong();

        ModelSpec spec = profile.specBoundTo(new BigInteger(profile.archHash()), new BigInteger(profile.commitment()));
        ProvingCircuit inputCircuit = prover(profile.inputCircuit());
        long[] x = profile.quantizeInput(INPUT);
        EncryptedInput a = carol.encrypt(x, spec, inputCircuit);
        EncryptedInput b = carol.encrypt(x, spec, inputCircuit);
        int jobsBefore = jobCount();

        byte[] malformed = HybridCodec.write(a);
        malformed[malformed.length / 2] ^= 1;
        assertProblem(submit(keySet, malformed), 422);                                          // malformed ciphertext
        assertProblem(submit(keySet, FheSerializer.write(a.ciphertext())), 422);                 // no input proof
        assertProblem(submit(keySet, HybridCodec.write(new EncryptedInput(a.ciphertext(), b.proof()))), 422); // another input's proof
        assertProblem(api.post("/api/v1/ml/models/" + modelId + "/inference", CAROL,
                Map.of("privacyLevel", "hybrid", "keySetId", keySet)), 422);                      // no input at all
        EncryptedInput malloryInput = mallory.encrypt(x, spec, inputCircuit);
        assertProblem(submit(keySet, HybridCodec.write(malloryInput)), 422);                     // under another key
        assertEquals(jobsBefore, jobCount(), "no job was queued");

        Api.Answer accepted = submit(keySet, HybridCodec.write(a));
        assertEquals(202, accepted.status(), accepted.body());
        assertEquals("hybrid", accepted.json().path("privacyLevel").asText());
    }

    @Test
    @Order(5)
    void theClientRefusesACommitmentTheRegistryContradictsAndAProofForAnotherCommitment() throws IOException {
        String other = ZkmlCommitments.modelCommitment(Quantizer.quantize(dense(8, 3, 12), ModelZoo.QUANTIZATION)).toString();
        Path root = ZkmlServerConfig.root();
        Path registrySource = root.resolve("contracts/src/main/solidity/ModelRegistry.sol");
        try (LocalEvm evm = LocalEvm.start(root)) {
            String honest = evm.deploy(root, registrySource, "ModelRegistry", PlatformServer.workDir());
            String forged = evm.deploy(root, registrySource, "ModelRegistry", PlatformServer.workDir());
            // ModelRegistry only requires a version's (zkML) verifier to be a contract; hybrid does not use it
            registerOnChain(evm, honest, COMMITMENT, forged);
            registerOnChain(evm, forged, other, honest);

            // listing and registry (registered by the expected account) agree: verified against both
            String out = infer("--listing", Long.toString(listingId), "--model-registry", honest, "--rpc-url", evm.rpcUrl(),
                    "--chain-id", Long.toString(LocalEvm.CHAIN_ID), "--registry-owner", evm.account()).output();
            assertTrue(out.contains("evaluation proof: verified against commitment " + COMMITMENT + " (marketplace listing "
                    + listingId + " and ModelRegistry " + honest + " on chain " + LocalEvm.CHAIN_ID + " registered by "
                    + evm.account() + ")"), out);
            assertArrayEquals(QuantizedInference.logits(QUANTIZED, QuantizedInference.quantizeInput(QUANTIZED, INPUT)), logits(out), out);

            // they disagree: refused before anything is sent
            int jobsBefore = jobCount();
            CommandLine.Result mismatch = cli("--listing", Long.toString(listingId), "--model-registry", forged,
                    "--rpc-url", evm.rpcUrl(), "--chain-id", Long.toString(LocalEvm.CHAIN_ID));
            assertEquals(3, mismatch.exitCode(), mismatch.output());
            assertTrue(mismatch.output().contains("REFUSED: model " + modelId + " version 1: marketplace listing " + listingId
                    + " publishes commitment " + COMMITMENT + " but ModelRegistry " + forged + " on chain "
                    + LocalEvm.CHAIN_ID + " holds " + other), mismatch.output());
            assertEquals(jobsBefore, jobCount(), "nothing was submitted");

            // the model id was registered by someone else than the account the consumer expects: refused, nothing sent
            String expected = "0x" + "11".repeat(20);
            CommandLine.Result squatted = cli("--listing", Long.toString(listingId), "--model-registry", honest,
                    "--rpc-url", evm.rpcUrl(), "--chain-id", Long.toString(LocalEvm.CHAIN_ID), "--registry-owner", expected);
            assertEquals(3, squatted.exitCode(), squatted.output());
            assertTrue(squatted.output().contains("REFUSED: model " + modelId + " is registered in " + honest + " by "
                    + evm.account() + ", not by the expected owner " + expected), squatted.output());
            assertEquals(jobsBefore, jobCount(), "nothing was submitted");

            // the registry alone names another model's commitment: the server's (honest) proof is for COMMITMENT
            CommandLine.Result refused = cli("--model", Long.toString(modelId), "--model-registry", forged,
                    "--rpc-url", evm.rpcUrl(), "--chain-id", Long.toString(LocalEvm.CHAIN_ID));
            assertEquals(3, refused.exitCode(), refused.output());
            assertTrue(refused.output().contains("REFUSED: the server's evaluation proof does not verify against commitment "
                    + other + " of model " + modelId + " version 1 (ModelRegistry " + forged), refused.output());
            assertFalse(refused.output().contains("logits"), refused.output());
            assertEquals(jobsBefore + 1, jobCount(), "the job ran; its result was refused");

            // a chain serving another chain id is not trusted
            CommandLine.Result wrongChain = cli("--listing", Long.toString(listingId), "--model-registry", honest,
                    "--rpc-url", evm.rpcUrl(), "--chain-id", "1");
            assertEquals(3, wrongChain.exitCode(), wrongChain.output());
            assertTrue(wrongChain.output().contains("serves chain id " + LocalEvm.CHAIN_ID + ", not 1"), wrongChain.output());
        }
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /** A hybrid round trip through the CLI that must succeed; {@code args} name the listing / model / registry. */
    private CommandLine.Result infer(String... args) throws IOException {
        CommandLine.Result cli = cli(args);
        assertEquals(0, cli.exitCode(), cli.output());
        return cli;
    }

    private CommandLine.Result cli(String... extra) throws IOException {
        Path input = Files.createTempFile(PlatformServer.workDir(), "input", ".json");
        Files.writeString(input, Api.toJson(INPUT));
        List<String> args = new java.util.ArrayList<>(List.of("infer", "--input", input.toString(),
                "--privacy", "hybrid", "--insecure-test-parameters", "--circuit-cache",
                PlatformServer.workDir().resolve("client-circuits").toString(), "--url", PLATFORM.baseUrl(), "--token", CAROL));
        args.addAll(List.of(extra));
        return CommandLine.aitbc(args.toArray(String[]::new));
    }

    private int jobCount() {
        return api.get("/api/v1/ml/jobs", CAROL).json().path("total").asInt();
    }

    /** ModelRegistry.registerModel(keccak256(decimal model id), commitment, verifier), ABI-encoded by hand. */
    private static void registerOnChain(LocalEvm evm, String registry, String commitment, String verifier) throws IOException {
        String selector = evm.keccak("registerModel(bytes32,uint256,address)".getBytes(StandardCharsets.US_ASCII)).substring(0, 8);
        String id = evm.keccak(Long.toString(modelId).getBytes(StandardCharsets.UTF_8));
        evm.transact(registry, "0x" + selector + id + word(new BigInteger(commitment).toString(16))
                + word(verifier.substring(2).toLowerCase(java.util.Locale.ROOT)));
    }

    private static String word(String hex) {
        return "0".repeat(64 - hex.length()) + hex;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long[] logits(String output) {
        String line = output.lines().filter(l -> l.startsWith("quantized logits:")).findFirst()
                .orElseThrow(() -> new AssertionError("no logits in " + output));
        return Arrays.stream(line.substring("quantized logits:".length()).trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
    }

    private Api.Answer submit(long keySet, byte[] input) {
        return api.post("/api/v1/ml/models/" + modelId + "/inference", CAROL, new Api.Form()
                .json("request", Map.of("privacyLevel", "hybrid", "keySetId", keySet, "verificationRequired", true))
                .file("input", input));
    }

    private static void assertProblem(Api.Answer a, int status) {
        assertEquals(status, a.status(), a.body());
        assertTrue(a.contentType().startsWith("application/problem+json"), a.contentType());
        JsonNode p = a.json();
        assertEquals(status, p.path("status").asInt(), a.body());
    }

    /** The consumer's download of a circuit named by the profile. */
    private ProvingCircuit prover(String circuit) throws IOException {
        Path dir = Files.createDirectories(PlatformServer.workDir().resolve("it-circuits").resolve(circuit));
        Files.createDirectories(dir.resolve("main_js"));
        Files.write(dir.resolve("main.zkey"), download(circuit, "zkey"));
        Files.write(dir.resolve("main_js/main.wasm"), download(circuit, "wasm"));
        Files.write(dir.resolve("verification_key.json"), download(circuit, "verification-key"));
        return ProvingCircuit.load(CircuitArtifacts.in(dir));
    }

    private byte[] download(String circuit, String file) {
        Api.Download d = api.download("/api/v1/ml/hybrid/circuits/" + circuit + "/" + file, CAROL);
        assertEquals(200, d.status());
        return d.body();
    }

    private static Model dense(int inputs, int outputs, long seed) {
        Random r = new Random(seed);
        double[] w = new double[inputs * outputs];
        for (int i = 0; i < w.length; i++) w[i] = r.nextDouble() * 2 - 1;
        double[] b = new double[outputs];
        for (int i = 0; i < b.length; i++) b[i] = r.nextDouble() - 0.5;
        return new Model(Shape.vector(inputs), List.of(Dense.of(inputs, outputs, w, b)));
    }
}
