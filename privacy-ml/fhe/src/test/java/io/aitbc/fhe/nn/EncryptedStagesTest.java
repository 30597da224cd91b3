package io.aitbc.fhe.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.fhe.ckks.CkksDecryptor;
import io.aitbc.fhe.ckks.CkksEncoder;
import io.aitbc.fhe.ckks.CkksEncryptor;
import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.ckks.Precision;
import io.aitbc.fhe.ring.Parallelism;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.EvaluationKeys;
import io.aitbc.fhe.rlwe.KeyGenerator;
import io.aitbc.fhe.rlwe.MissingKeyException;
import io.aitbc.fhe.rlwe.ParameterMismatchException;
import io.aitbc.fhe.rlwe.RlweParameters;
import io.aitbc.fhe.rlwe.SecretKey;
import io.aitbc.fhe.serialization.FheSerializer;
import java.security.SecureRandom;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Encrypted stages against their plaintext meaning on random data. Test set: N = 2048 (insecure, test
 * only), Q = 50 + 6 x 40 bits, P = 2 x 50 bits (two-prime key-switching digits), scale 2^40. Every
 * evaluation uses evaluation keys for exactly the rotations the stage lists, so a missing step fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EncryptedStagesTest {

    private final SplittableRandom random = new SplittableRandom(11);
    CkksParameters params;
    KeyGenerator keyGen;
    SecretKey sk;
    CkksEncryptor encryptor;
    CkksDecryptor decryptor;
    CkksEncoder encoder;
    int slots;

    @BeforeAll
    void setUp() {
        params = new CkksParameters(RlweParameters.fromBitSizes(2048, new int[] {50, 40, 40, 40, 40, 40, 40}, new int[] {50, 50}, true), 40);
        keyGen = new KeyGenerator(params, new SecureRandom());
        sk = keyGen.secretKey();
        encryptor = CkksEncryptor.withSecretKey(params, sk);
        decryptor = new CkksDecryptor(params, sk);
        encoder = new CkksEncoder(params);
        slots = params.slots();
    }

    NnEvaluator evaluatorFor(int[] steps) {
        EvaluationKeys keys = keyGen.evaluationKeys(sk, false, steps);
        return new NnEvaluator(params, keys, Parallelism.threads(2));
    }

    double[] randomVector(int n, double bound) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = random.nextDouble(-bound, bound);
        return v;
    }

    Ciphertext encrypt(double[] slotValues, int level) {
        return encryptor.encrypt(encoder.encode(slotValues, level, params.defaultScale()));
    }

    static void assertBits(double[] expected, double[] actual, double minBits, String what) {
        double max = 0;
        for (double v : expected) max = Math.max(max, Math.abs(v));
        Precision p = Precision.of(expected, actual);
        double relativeBits = p.minBits() + Math.log(Math.max(max, 1)) / Math.log(2);
        assertTrue(relativeBits >= minBits, what + ": " + p + " for values up to " + max);
    }

    @Test
    void hoistedTransformWithArbitraryDiagonalsMatchesPlaintext() {
        Diagonals.Builder b = new Diagonals.Builder(slots);
        TreeSet<Integer> ks = new TreeSet<>(List.of(0, 1, 2, 3, 17, 64, 500, slots - 1, slots - 9, slots / 2));
        while (ks.size() < 40) ks.add(random.nextInt(slots));
        for (int k : ks) for (int i = 0; i < slots; i++) b.add(i, (i + k) % slots, random.nextDouble(-1, 1) / 8);
        LinearTransform t = LinearTransform.of(b.build());
        NnEvaluator nn = evaluatorFor(t.rotationSteps());
        double[] x = randomVector(slots, 1);
        for (int level : new int[] {params.maxLevel(), 1}) {
            Ciphertext y = nn.rescale(nn.apply(t, encrypt(x, level)));
            assertEquals(level - 1, y.level());
            assertEquals(params.defaultScale(), y.scale(), 1e-6 * y.scale(), "exact rescale brings the scale back");
            assertBits(t.diagonals().apply(x), decryptor.decrypt(y), 20, "transform at level " + level);
        }
    }

    @Test
    void preparedPlaintextsAreThoseTheEvaluationUses() {
        Diagonals d = randomDiagonals(24);
        int level = params.maxLevel() - 1;
        LinearTransform prepared = LinearTransform.of(d);
        assertTrue(prepared.cachedLevels().isEmpty());
        assertEquals(d.count(), prepared.prepare(params, level));
        assertEquals(java.util.Set.of(level), prepared.cachedLevels());
        long bytes = prepared.cachedBytes();

        NnEvaluator nn = evaluatorFor(prepared.rotationSteps());
        double[] x = randomVector(slots, 1);
        Ciphertext input = encrypt(x, level);
        Ciphertext y = nn.apply(prepared, input);
        assertEquals(bytes, prepared.cachedBytes(), "the evaluation encoded nothing more");
        assertArrayEquals(FheSerializer.write(nn.apply(LinearTransform.of(d), input)), FheSerializer.write(y),
                "same result as plaintexts encoded on use");
        assertBits(d.apply(x), decryptor.decrypt(nn.rescale(y)), 20, "prepared plaintexts");
        assertThrows(IllegalArgumentException.class, () -> prepared.prepare(params, params.maxLevel() + 1));
    }

    private Diagonals randomDiagonals(int count) {
        Diagonals.Builder b = new Diagonals.Builder(slots);
        TreeSet<Integer> ks = new TreeSet<>(List.of(0, 1, slots - 1));
        while (ks.size() < count) ks.add(random.nextInt(slots));
        for (int k : ks) for (int i = 0; i < slots; i++) b.add(i, (i + k) % slots, random.nextDouble(-1, 1) / 8);
        return b.build();
    }

    @Test
    void denseSquareDenseNetworkMatchesPlaintext() {
        int in = 300, hidden = 64, out = 10;
        double[] w1 = randomVector(hidden * in, 1 / Math.sqrt(in));
        double[] w2 = randomVector(out * hidden, 1 / Math.sqrt(hidden));
        double[] b1 = randomVector(hidden, 0.1), b2 = randomVector(out, 0.1);
        LinearStage first = PackedLinear.firstLayer(SparseMatrix.dense(hidden, in, w1), b1, slots);
        PolynomialStage square = PolynomialStage.square(first.outputLayout());
        LinearStage second = PackedLinear.best(SparseMatrix.dense(out, hidden, w2), b2, square.outputLayout());
        EncryptedNetwork net = new EncryptedNetwork(List.of(first, square, second));
        assertEquals(3, net.depth());

        double[] x = randomVector(in, 1);
        double[] h = PackingTest.naive(w1, hidden, in, x, b1);
        for (int i = 0; i < hidden; i++) h[i] *= h[i];
        double[] expected = PackingTest.naive(w2, out, hidden, h, b2);
        double[] slotsIn = net.inputLayout().encode(x);
        PackingTest.assertClose(expected, net.outputLayout().decode(net.evaluatePlain(slotsIn)), 1e-9);

        int[] progress = new int[1];
        NnEvaluator nn = evaluatorFor(net.rotationSteps());
        Ciphertext y = net.evaluate(nn, encrypt(slotsIn, net.depth()), (i, total, s) -> progress[0]++);
        assertEquals(0, y.level());
        assertEquals(3, progress[0]);
        assertBits(expected, net.outputLayout().decode(decryptor.decrypt(y)), 18, "network");
    }

    @ParameterizedTest(name = "degree {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 8})
    void polynomialsUseMinimalDepthAndKeepTheScale(int degree) {
        double[] c = randomVector(degree + 1, 1);
        PolynomialStage p = new PolynomialStage(SlotLayout.contiguous(slots, slots), c);
        int expectedDepth = 32 - Integer.numberOfLeadingZeros(degree);
        assertEquals(expectedDepth, p.depth());
        double[] x = randomVector(slots, 1);
        NnEvaluator nn = evaluatorFor(new int[0]);
        int level = params.maxLevel();
        Ciphertext y = p.apply(nn, encrypt(x, level));
        assertEquals(level - expectedDepth, y.level());
        assertEquals(params.defaultScale(), y.scale(), 1e-6 * y.scale());
        assertBits(p.applyPlain(x), decryptor.decrypt(y), 17, "degree " + degree);
    }

    @Test
    void sparsePolynomialsAndSquare() {
        NnEvaluator nn = evaluatorFor(new int[0]);
        double[] x = randomVector(slots, 1);
        for (double[] c : new double[][] {{0, 0, 1}, {0.5, 0, 0, 0, -2}, {0, 0, 0, 1}, {0.25, 0.5, 0.125}}) {
            PolynomialStage p = new PolynomialStage(SlotLayout.contiguous(slots, slots), c);
            Ciphertext y = p.apply(nn, encrypt(x, 4));
            assertEquals(4 - p.depth(), y.level());
            assertBits(p.applyPlain(x), decryptor.decrypt(y), 17, java.util.Arrays.toString(c));
        }
        assertEquals(1, PolynomialStage.square(SlotLayout.contiguous(4, slots)).depth());
    }

    @Test
    void missingRotationKeysAndForeignCiphertextsAreRejected() {
        LinearStage s = PackedLinear.firstLayer(SparseMatrix.dense(8, 100, randomVector(800, 0.1)), null, slots);
        EncryptedNetwork net = new EncryptedNetwork(List.of(s));
        int[] steps = net.rotationSteps();
        int[] allButOne = java.util.Arrays.copyOf(steps, steps.length - 1);
        NnEvaluator partial = evaluatorFor(allButOne);
        Ciphertext x = encrypt(net.inputLayout().encode(randomVector(100, 1)), 1);
        MissingKeyException e = assertThrows(MissingKeyException.class, () -> net.evaluate(partial, x, null));
        assertTrue(e.getMessage().contains(String.valueOf(steps[steps.length - 1])), e.getMessage());

        CkksParameters other = new CkksParameters(RlweParameters.fromBitSizes(2048, new int[] {50, 40}, new int[] {50}, true), 40);
        KeyGenerator kg = new KeyGenerator(other, new SecureRandom());
        SecretKey osk = kg.secretKey();
        Ciphertext foreign = CkksEncryptor.withSecretKey(other, osk).encrypt(new double[] {1, 2});
        assertThrows(ParameterMismatchException.class, () -> net.evaluate(evaluatorFor(steps), foreign, null));
        assertThrows(IllegalArgumentException.class, () -> net.evaluate(evaluatorFor(steps), encrypt(new double[slots], 0), null));
    }
}
