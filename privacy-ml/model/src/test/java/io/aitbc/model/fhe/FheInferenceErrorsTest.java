package io.aitbc.model.fhe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.fhe.ckks.CkksEncoder;
import io.aitbc.fhe.ckks.CkksEncryptor;
import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.EvaluationKeys;
import io.aitbc.fhe.rlwe.KeyGenerator;
import io.aitbc.fhe.rlwe.SecretKey;
import io.aitbc.fhe.serialization.FheSerializer;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Layer;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Polynomial;
import io.aitbc.model.ir.Relu;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.ir.Square;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Small synthetic models: the compiler's rewrites (exact owner polynomials, activations on the raw input,
 * folded quadratics) against plaintext inference under encryption, and every bad input a REST layer must
 * turn into a 4xx, each as its typed exception.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FheInferenceErrorsTest {

    private final SplittableRandom random = new SplittableRandom(21);
    Model model;
    CompiledFheModel compiled;
    FheClient client;
    FheKeySet keys;
    FheModelEvaluator server;

    Dense dense(int in, int out) {
        double[] w = new double[in * out], b = new double[out];
        for (int i = 0; i < w.length; i++) w[i] = random.nextDouble(-1, 1) / Math.sqrt(in);
        for (int i = 0; i < out; i++) b[i] = random.nextDouble(-0.2, 0.2);
        return Dense.of(in, out, w, b);
    }

    List<double[]> inputs(int n, int size) {
        List<double[]> x = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] v = new double[size];
            for (int j = 0; j < size; j++) v[j] = random.nextDouble();
            x.add(v);
        }
        return x;
    }

    @BeforeAll
    void setUp() {
        // 50 -> 16 -> owner cubic -> 8 -> x^2 -> 3
        List<Layer> layers = List.of(dense(50, 16), new Polynomial(Shape.vector(16), new double[] {0.1, 0.5, 0.2, -0.05}),
                dense(16, 8), new Square(Shape.vector(8)), dense(8, 3));
        model = new Model(Shape.vector(50), layers);
        compiled = FheCompiler.compile(model, FheCompileOptions.defaults().withCalibration(inputs(50, 50)).withVerificationSamples(2));
        client = FheClient.forProfile(FheProfile.fromJson(compiled.profile().toJson()));
        keys = client.generateKeys();
        server = FheModelEvaluator.create(compiled, keys.evaluationKeys(), 2);
    }

    @Test
    void exactPolynomialModelRunsAsTrained() {
        FheProfile p = compiled.profile();
        assertEquals(3 + 2 + 1, p.depth(), "linear x3, cubic (2 levels), square");
        assertEquals("ckks-16384", p.parameters().name());
        assertEquals(2, p.precision().verifiedSamples());
        assertTrue(p.precision().maxLogitError() < 1e-4, p.precision().toString());
        for (double[] x : inputs(2, 50)) {
            double[] logits = client.decryptLogits(keys, server.evaluate(client.encrypt(keys, x), null));
            double[] expected = FloatInference.logits(model, x);
            for (int k = 0; k < 3; k++) assertEquals(expected[k], logits[k], 1e-4);
        }
    }

    @Test
    void quadraticAndInputActivationsFoldOrRunInPlace() {
        // relu on the raw input (no linear layer before it: common bound, polynomial in x), then a quadratic
        // between two dense layers (folded to one square: 1 level)
        List<Layer> layers = List.of(new Polynomial(Shape.vector(20), new double[] {0, 0.3, 0.05}), dense(20, 12),
                new Polynomial(Shape.vector(12), new double[] {0.4, -0.7, 0.9}), dense(12, 4));
        Model m = new Model(Shape.vector(20), layers);
        CompiledFheModel c = FheCompiler.compile(m, FheCompileOptions.defaults().withCalibration(inputs(20, 20)).withVerificationSamples(0));
        assertEquals(2 + 2 + 1, c.profile().depth(), "input quadratic 2 levels, two dense, folded quadratic 1");
        FheClient cl = FheClient.forProfile(c.profile());
        FheKeySet k = cl.generateKeys();
        FheModelEvaluator ev = FheModelEvaluator.create(c, k.evaluationKeys(), 1);
        for (double[] x : inputs(2, 20)) {
            double[] logits = cl.decryptLogits(k, ev.evaluate(cl.encrypt(k, x), null));
            double[] expected = FloatInference.logits(m, x);
            for (int i = 0; i < 4; i++) assertEquals(expected[i], logits[i], 1e-4);
        }
    }

    @Test
    void wrongInputShape() {
        var e = assertThrows(FheInputException.WrongInputShape.class, () -> client.encrypt(keys, new double[49]));
        assertEquals(FheInputException.Reason.WRONG_INPUT_SHAPE, e.reason());
        double[] bad = new double[50];
        bad[3] = Double.NaN;
        assertThrows(FheInputException.WrongInputShape.class, () -> client.encrypt(keys, bad));
    }

    @Test
    void ciphertextUnderAnotherParameterSet() {
        CkksParameters other = ParameterSpec.named("ckks-8192");
        SecretKey sk = new KeyGenerator(other).secretKey();
        Ciphertext foreign = CkksEncryptor.withSecretKey(other, sk).encrypt(new double[] {1, 2, 3});
        assertThrows(FheInputException.ParameterSetMismatch.class, () -> server.evaluate(foreign, null));
        assertThrows(FheInputException.ParameterSetMismatch.class, () -> server.evaluate(FheSerializer.write(foreign), null));
        EvaluationKeys otherKeys = new KeyGenerator(other).evaluationKeys(sk, false, 1);
        assertThrows(FheInputException.ParameterSetMismatch.class, () -> FheModelEvaluator.create(compiled, otherKeys, 1));
        assertThrows(FheInputException.ParameterSetMismatch.class,
                () -> FheModelEvaluator.create(compiled, FheSerializer.write(otherKeys), 1));
    }

    @Test
    void missingRotationKeysAreListed() {
        int[] steps = compiled.profile().rotationSteps();
        int[] fewer = Arrays.copyOfRange(steps, 1, steps.length);
        KeyGenerator kg = new KeyGenerator(compiled.parameters());
        SecretKey sk = kg.secretKey();
        var e = assertThrows(FheInputException.MissingEvaluationKeys.class,
                () -> FheModelEvaluator.create(compiled, kg.evaluationKeys(sk, false, fewer), 1));
        assertArrayEquals(new int[] {steps[0]}, e.missingRotations());
        EvaluationKeys noRelin = new EvaluationKeys(compiled.parameters(), sk.keyId(), null, kg.rotationKeys(sk, steps));
        assertThrows(FheInputException.MissingEvaluationKeys.class, () -> FheModelEvaluator.create(compiled, noRelin, 1));
    }

    @Test
    void unusableCiphertexts() {
        FheKeySet otherKeys = client.generateKeys();
        assertThrows(FheInputException.UnusableCiphertext.class, () -> server.evaluate(client.encrypt(otherKeys, new double[50]), null));
        CkksParameters params = compiled.parameters();
        Ciphertext wrongLevel = CkksEncryptor.withSecretKey(params, keys.secretKey())
                .encrypt(new CkksEncoder(params).encode(new double[4], 1, params.defaultScale()));
        assertThrows(FheInputException.UnusableCiphertext.class, () -> server.evaluate(wrongLevel, null));
        byte[] good = client.encryptToBytes(keys, new double[50]);
        byte[] corrupted = good.clone();
        corrupted[corrupted.length / 2] ^= 1;
        assertThrows(FheInputException.UnusableCiphertext.class, () -> server.evaluate(corrupted, null));
        assertThrows(FheInputException.UnusableCiphertext.class, () -> server.evaluate(Arrays.copyOf(good, 100), null));
        assertThrows(FheInputException.UnusableCiphertext.class, () -> FheModelEvaluator.create(compiled, new byte[] {1, 2, 3}, 1));
        assertThrows(FheInputException.UnusableCiphertext.class, () -> client.decryptLogits(otherKeys, server.evaluate(client.encrypt(keys, new double[50]), null)));
    }

    @Test
    void profilesAreBoundToTheirModelAndParameters() {
        String json = compiled.profile().toJson();
        FheProfile tampered = FheProfile.fromJson(json.replace("\"n\":16384", "\"n\":8192"));
        assertThrows(FheInputException.ParameterSetMismatch.class, () -> FheClient.forProfile(tampered));
        String id = compiled.profile().parameters().id();
        FheProfile wrongId = FheProfile.fromJson(json.replace(id, id.replace(id.charAt(0), id.charAt(0) == 'a' ? 'b' : 'a')));
        assertThrows(FheInputException.ParameterSetMismatch.class, () -> FheClient.forProfile(wrongId));
        assertThrows(IllegalArgumentException.class, () -> FheProfile.fromJson(json.replace("aitbc-fhe-profile/1", "x")));
        assertThrows(IllegalArgumentException.class, () -> FheProfile.fromJson("{\"format\":1}"));
        Model other = new Model(Shape.vector(50), List.of(dense(50, 3)));
        assertThrows(FheCompilationException.class, () -> FheCompiler.restore(other, compiled.profile()));
        assertEquals(compiled.profile(), FheCompiler.restore(model, compiled.profile()).profile());
    }

    @Test
    void reluNeedsPermissionAndCalibration() {
        Model relu = new Model(Shape.vector(10), List.of(dense(10, 6), new Relu(Shape.vector(6)), dense(6, 2)));
        assertThrows(FheCompilationException.class, () -> FheCompiler.compile(relu, FheCompileOptions.defaults()));
        assertThrows(FheCompilationException.class, () -> FheCompiler.compile(relu, FheCompileOptions.defaults().allowApproximations(true)));
        assertThrows(FheInputException.WrongInputShape.class, () -> FheCompiler.compile(relu,
                FheCompileOptions.defaults().allowApproximations(true).withCalibration(inputs(3, 11))));
        CompiledFheModel c = FheCompiler.compile(relu, FheCompileOptions.defaults().allowApproximations(true)
                .withCalibration(inputs(300, 10)).withVerificationSamples(1));
        assertTrue(c.profile().precision().approximationAgreement() >= 0.98);
        assertEquals(1.0, c.profile().precision().classAgreement());
    }

    @Test
    void layerByLayerWithSerializedIntermediatesEqualsTheWholeRun() {
        double[] x = inputs(1, 50).getFirst();
        byte[] input = client.encryptToBytes(keys, x);
        double[] whole = client.decryptLogits(keys, server.evaluate(input, null));
        Ciphertext ct = server.readInput(input);
        int layers = server.layerCount();
        assertEquals(compiled.network().stages().size(), layers);
        for (int i = 0; i < layers; i++) {
            // what a job writes at each checkpoint and reads back after a restart
            ct = server.readIntermediate(FheSerializer.write(server.evaluateLayer(i, ct)));
        }
        double[] stepwise = client.decryptLogits(keys, ct);
        assertArrayEquals(whole, stepwise, 1e-6, "the same operations on the same ciphertext");
        double[] expected = compiled.reference().logits(x);
        assertArrayEquals(expected, stepwise, 1e-3);
        FheKeySet otherKeys = client.generateKeys();
        Ciphertext foreign = client.encrypt(otherKeys, x);
        assertThrows(FheInputException.UnusableCiphertext.class, () -> server.evaluateLayer(0, foreign));
        assertThrows(FheInputException.UnusableCiphertext.class, () -> server.readIntermediate(new byte[] {1, 2, 3}));
    }
}
