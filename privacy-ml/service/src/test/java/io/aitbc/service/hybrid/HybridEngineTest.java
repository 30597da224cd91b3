package io.aitbc.service.hybrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.fhe.serialization.FheSerializer;
import io.aitbc.model.commit.ArchitectureJson;
import io.aitbc.model.commit.ZkmlCommitments;
import io.aitbc.model.hybrid.CircuitArtifacts;
import io.aitbc.model.hybrid.EncryptedInput;
import io.aitbc.model.hybrid.EncryptedResult;
import io.aitbc.model.hybrid.HybridClient;
import io.aitbc.model.hybrid.HybridCodec;
import io.aitbc.model.hybrid.HybridFormatException;
import io.aitbc.model.hybrid.HybridModel;
import io.aitbc.model.hybrid.HybridParameters;
import io.aitbc.model.hybrid.HybridProfile;
import io.aitbc.model.hybrid.HybridProofException;
import io.aitbc.model.hybrid.ModelSpec;
import io.aitbc.model.hybrid.ProvingCircuit;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.ir.Square;
import io.aitbc.model.quant.QuantizedInference;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.model.quant.Quantizer;
import io.aitbc.model.train.ModelZoo;
import io.aitbc.zk.formats.SnarkjsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server side of hybrid inference on INSECURE test-only parameters (N = 32, the circuits folder's development
 * powers of tau): a client that only sees the profile and the downloaded circuit files registers its key, sends an
 * encrypted input and decrypts exactly the quantized reference's logits; malformed bytes and proofs that do not
 * verify are refused before anything is computed.
 */
class HybridEngineTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static HybridEngine engine;
    private static Model registered;
    private static HybridModel model;
    private static HybridProfile profile;
    private static HybridClient client;
    private static byte[] keyProof;
    private static ProvingCircuit inputCircuit;

    @BeforeAll
    static void setUp() throws IOException {
        HybridSettings settings = HybridSettings.of("hybrid-bfv-32-INSECURE-TEST-ONLY", Optional.empty(),
                Optional.of(Path.of("target", "hybrid-circuits").toString()));
        engine = settings.engine(RANDOM);
        registered = denseModel(8, 3, 7);
        model = engine.model(registered);
        profile = HybridProfile.fromJson(engine.profile(model).toJson()); // what a client reads
        client = HybridClient.generate(profile.parameters(), RANDOM);
        keyProof = HybridCodec.write(client.proveKey(download(profile.keyCircuit())));
        inputCircuit = download(profile.inputCircuit());
    }

    @Test
    void theProfileNamesTheTestParametersAndTheModelsPublishedCommitment() {
        QuantizedModel q = Quantizer.quantize(registered, ModelZoo.QUANTIZATION);
        assertEquals("hybrid-bfv-32-INSECURE-TEST-ONLY", profile.parameterSet());
        assertTrue(profile.parameters().isTestOnly());
        assertEquals(ZkmlCommitments.modelCommitment(q).toString(), profile.commitment());
        assertEquals(ArchitectureJson.archHash(q).toString(), profile.archHash());
        assertEquals(8, profile.inputs());
        assertEquals(3, profile.outputs());
    }

    @Test
    void aRegisteredClientGetsExactlyTheQuantizedLogitsWithAVerifiedEvaluationProof() throws IOException {
        engine.requireRegistrable(FheSerializer.write(client.publicKey()), keyProof);
        QuantizedModel q = Quantizer.quantize(registered, ModelZoo.QUANTIZATION);
        long[] x = QuantizedInference.quantizeInput(q, new double[] {0.1, 0.9, 0.5, 0.0, 1.0, 0.25, 0.75, 0.3});
        ModelSpec spec = profile.specBoundTo(ArchitectureJson.archHash(q), ZkmlCommitments.modelCommitment(q));
        EncryptedInput sent = client.encrypt(x, spec, inputCircuit);
        byte[] body = HybridCodec.write(sent);

        engine.requireValidInput(model, client.publicKey(), body);
        EncryptedResult result = HybridCodec.readResult(engine.evaluate(model, client.publicKey(), body), profile.parameters());
        HybridClient.Outcome out = client.open(sent, result, spec, verificationKey(profile.evaluationCircuit()), true);

        assertTrue(out.verified());
        assertArrayEquals(QuantizedInference.logits(q, x), out.logits());
    }

    @Test
    void aKeyWithAnotherKeysProofIsRefused() {
        HybridClient other = HybridClient.generate(profile.parameters(), RANDOM);
        assertThrows(HybridProofException.class, () -> engine.requireRegistrable(FheSerializer.write(other.publicKey()), keyProof));
        assertThrows(HybridFormatException.class, () -> engine.requireRegistrable(new byte[] {1, 2, 3}, keyProof));
    }

    @Test
    void malformedOrUnprovenInputsAreRefusedBeforeAnyComputation() {
        QuantizedModel q = Quantizer.quantize(registered, ModelZoo.QUANTIZATION);
        ModelSpec spec = profile.specBoundTo(ArchitectureJson.archHash(q), ZkmlCommitments.modelCommitment(q));
        long[] x = new long[8];
        EncryptedInput a = client.encrypt(x, spec, inputCircuit);
        EncryptedInput b = client.encrypt(x, spec, inputCircuit);

        byte[] corrupted = HybridCodec.write(a);
        corrupted[corrupted.length / 2] ^= 1;
        assertThrows(HybridFormatException.class, () -> engine.requireValidInput(model, client.publicKey(), corrupted));
        assertThrows(HybridFormatException.class, () -> engine.evaluate(model, client.publicKey(), corrupted));

        byte[] swapped = HybridCodec.write(new EncryptedInput(a.ciphertext(), b.proof()));
        assertThrows(HybridProofException.class, () -> engine.requireValidInput(model, client.publicKey(), swapped));
        assertThrows(HybridProofException.class, () -> engine.evaluate(model, client.publicKey(), swapped));

        HybridClient other = HybridClient.generate(profile.parameters(), RANDOM);
        byte[] valid = HybridCodec.write(a);
        assertThrows(HybridProofException.class, () -> engine.requireValidInput(model, other.publicKey(), valid));
    }

    @Test
    void modelsBeyondOneDenseLayerAreNotCovered() {
        Model mlp = new Model(Shape.vector(4), List.of(randomDense(4, 2, 1), new Square(Shape.vector(2)), randomDense(2, 2, 2)));
        assertThrows(IllegalArgumentException.class, () -> engine.model(mlp));
    }

    @Test
    void onlyBuiltCircuitsAreServed() {
        assertTrue(engine.circuitFile(profile.inputCircuit(), HybridEngine.CircuitFile.ZKEY).isPresent());
        assertFalse(engine.circuitFile("../../etc", HybridEngine.CircuitFile.ZKEY).isPresent());
        assertFalse(engine.circuitFile("hybrid_key-0000000000000000", HybridEngine.CircuitFile.ZKEY).isPresent());
        assertThrows(IllegalArgumentException.class, () -> HybridParameters.byName("hybrid-bfv-31-INSECURE-TEST-ONLY"));
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /** What a client does with a profile's circuit: download the served files into a folder of its own. */
    private static ProvingCircuit download(String circuit) throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target"), "client-" + circuit);
        Files.createDirectories(dir.resolve("main_js"));
        for (HybridEngine.CircuitFile f : HybridEngine.CircuitFile.values()) {
            Path served = engine.circuitFile(circuit, f).orElseThrow();
            Files.copy(served, f == HybridEngine.CircuitFile.WASM ? dir.resolve("main_js/main.wasm") : dir.resolve(served.getFileName()));
        }
        return ProvingCircuit.load(CircuitArtifacts.in(dir));
    }

    private static io.aitbc.zk.formats.VerificationKey verificationKey(String circuit) throws IOException {
        return SnarkjsJson.readVerificationKey(engine.circuitFile(circuit, HybridEngine.CircuitFile.VERIFICATION_KEY).orElseThrow());
    }

    private static Model denseModel(int inputs, int outputs, long seed) {
        return new Model(Shape.vector(inputs), List.of(randomDense(inputs, outputs, seed)));
    }

    private static Dense randomDense(int inputs, int outputs, long seed) {
        Random r = new Random(seed);
        double[] w = new double[inputs * outputs];
        for (int i = 0; i < w.length; i++) w[i] = r.nextDouble() * 2 - 1;
        double[] b = new double[outputs];
        for (int i = 0; i < b.length; i++) b[i] = r.nextDouble() - 0.5;
        return Dense.of(inputs, outputs, w, b);
    }
}
