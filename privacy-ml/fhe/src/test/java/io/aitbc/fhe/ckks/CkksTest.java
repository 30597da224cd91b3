package io.aitbc.fhe.ckks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.fhe.ring.Parallelism;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.EvaluationKeys;
import io.aitbc.fhe.rlwe.KeyGenerator;
import io.aitbc.fhe.rlwe.MissingKeyException;
import io.aitbc.fhe.rlwe.ParameterMismatchException;
import io.aitbc.fhe.rlwe.Plaintext;
import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.fhe.rlwe.RlweParameters;
import io.aitbc.fhe.rlwe.SecretKey;
import io.aitbc.fhe.rlwe.WrongKeyException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every CKKS operation against the same computation on plaintext doubles, at every level. Test set:
 * N=4096 (insecure, test only), Q = 55+3x40 bits, P = 2x50 bits (two-prime digits), scale 2^40.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CkksTest {

    /** Documented bounds (README): fresh >= 22 bits; after each multiply+rescale >= 18 bits, for |x| <= 1. */
    static final double FRESH_BITS = 22;
    static final double AFTER_MUL_BITS = 18;

    private final SplittableRandom random = new SplittableRandom(42);
    CkksParameters params;
    SecretKey sk;
    PublicKey pk;
    CkksEncryptor encryptor;
    CkksEncryptor symmetric;
    CkksDecryptor decryptor;
    CkksEvaluator evaluator;
    CkksEncoder encoder;
    int slots;

    @BeforeAll
    void setUp() {
        params = new CkksParameters(RlweParameters.fromBitSizes(4096, new int[] {55, 40, 40, 40}, new int[] {50, 50}, true), 40);
        KeyGenerator kg = new KeyGenerator(params, new SecureRandom());
        sk = kg.secretKey();
        pk = kg.publicKey(sk);
        EvaluationKeys keys = kg.evaluationKeys(sk, true, 1, 2, 3, -1, 5, 100, -7);
        encryptor = CkksEncryptor.withPublicKey(params, pk);
        symmetric = CkksEncryptor.withSecretKey(params, sk);
        decryptor = new CkksDecryptor(params, sk);
        evaluator = new CkksEvaluator(params, keys, Parallelism.threads(2));
        encoder = new CkksEncoder(params);
        slots = params.slots();
    }

    double[] randomValues() {
        double[] v = new double[slots];
        for (int i = 0; i < slots; i++) v[i] = random.nextDouble(-1, 1);
        return v;
    }

    Ciphertext encryptAt(double[] v, int level) {
        return encryptor.encrypt(encoder.encode(v, level, params.defaultScale()));
    }

    static double[] map(double[] a, double[] b, DoubleBinaryOperator op) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) r[i] = op.applyAsDouble(a[i], b[i]);
        return r;
    }

    void assertClose(double[] expected, Ciphertext ct, double minBits) {
        Precision p = Precision.of(expected, decryptor.decrypt(ct));
        assertTrue(p.minBits() >= minBits, "precision " + p + " below " + minBits + " bits");
    }

    @Test
    void encodeDecodeMatchesTheCanonicalEmbeddingEvaluatedNaively() {
        CkksParameters small = new CkksParameters(RlweParameters.fromBitSizes(64, new int[] {50}, new int[] {50}, true), 30);
        CkksEncoder enc = new CkksEncoder(small);
        int n = 64, half = 32;
        double[] re = new double[half], im = new double[half];
        for (int j = 0; j < half; j++) { re[j] = random.nextDouble(-2, 2); im[j] = random.nextDouble(-2, 2); }
        Plaintext pt = enc.encode(re, im, 0, Math.pow(2, 30));
        // decode the coefficients by hand: z_j = m(zeta^(5^j)), zeta = exp(i*pi/N)
        io.aitbc.fhe.ring.RnsPoly c = pt.poly().copy();
        small.rlwe().ringQ().intt(c);
        long q = small.rlwe().q()[0];
        long g = 1;
        for (int j = 0; j < half; j++) {
            double sr = 0, si = 0;
            for (int k = 0; k < n; k++) {
                long v = c.limb(0)[k];
                double coef = (v > q / 2 ? v - q : v) / Math.pow(2, 30);
                double angle = Math.PI * ((k * g) % (2 * n)) / n;
                sr += coef * Math.cos(angle);
                si += coef * Math.sin(angle);
            }
            assertEquals(re[j], sr, 1e-7, "slot " + j);
            assertEquals(im[j], si, 1e-7, "slot " + j);
            g = (g * 5) % (2 * n);
        }
        double[][] back = enc.decodeComplex(pt);
        for (int j = 0; j < half; j++) {
            assertEquals(re[j], back[0][j], 1e-7);
            assertEquals(im[j], back[1][j], 1e-7);
        }
    }

    @Test
    void encryptDecryptAtEveryLevelWithBothKeys() {
        for (int level = 0; level <= params.maxLevel(); level++) {
            double[] v = randomValues();
            Plaintext pt = encoder.encode(v, level, params.defaultScale());
            assertClose(v, encryptor.encrypt(pt), FRESH_BITS);
            Ciphertext s = symmetric.encrypt(pt);
            assertTrue(s.isSeeded());
            assertClose(v, s, FRESH_BITS);
        }
    }

    @Test
    void additiveOperationsAtEveryLevel() {
        for (int level = 0; level <= params.maxLevel(); level++) {
            double[] a = randomValues(), b = randomValues();
            Ciphertext ca = encryptAt(a, level), cb = encryptAt(b, level);
            assertClose(map(a, b, Double::sum), evaluator.add(ca, cb), FRESH_BITS - 1);
            assertClose(map(a, b, (x, y) -> x - y), evaluator.sub(ca, cb), FRESH_BITS - 1);
            assertClose(map(a, b, (x, y) -> -x), evaluator.negate(ca), FRESH_BITS);
            Plaintext pb = encoder.encode(b, level, params.defaultScale());
            assertClose(map(a, b, Double::sum), evaluator.addPlain(ca, pb), FRESH_BITS - 1);
            assertClose(map(a, b, (x, y) -> x - y), evaluator.subPlain(ca, pb), FRESH_BITS - 1);
            assertClose(map(a, b, (x, y) -> x + 0.75), evaluator.addConstant(ca, 0.75), FRESH_BITS - 1);
            assertClose(map(a, b, (x, y) -> 3 * x), evaluator.multiplyInteger(ca, 3), FRESH_BITS - 2);
            Ciphertext acc = ca.withScale(ca.scale());
            evaluator.addInPlace(acc, cb);
            assertClose(map(a, b, Double::sum), acc, FRESH_BITS - 1);
            assertClose(a, ca, FRESH_BITS); // the operand itself is untouched
        }
    }

    @Test
    void multiplicationsAndRescaleAtEveryLevel() {
        for (int level = 1; level <= params.maxLevel(); level++) {
            double[] a = randomValues(), b = randomValues();
            Ciphertext ca = encryptAt(a, level), cb = encryptAt(b, level);
            double[] ab = map(a, b, (x, y) -> x * y);
            Ciphertext prod = evaluator.multiply(ca, cb);
            assertEquals(2, prod.degree());
            assertClose(ab, prod, AFTER_MUL_BITS); // degree 2 decrypts with s^2
            Ciphertext relin = evaluator.relinearize(prod);
            assertEquals(1, relin.degree());
            Ciphertext rescaled = evaluator.rescale(relin);
            assertEquals(level - 1, rescaled.level());
            assertClose(ab, rescaled, AFTER_MUL_BITS);
            Plaintext pb = encoder.encode(b, level, params.rlwe().q()[level]);
            assertClose(ab, evaluator.rescale(evaluator.multiplyPlain(ca, pb)), AFTER_MUL_BITS);
            Ciphertext acc = evaluator.multiplyPlain(ca, pb);
            evaluator.multiplyPlainAddInPlace(acc, cb, encoder.encode(a, level, params.rlwe().q()[level]));
            assertClose(map(ab, ab, (x, y) -> 2 * x), evaluator.rescale(acc), AFTER_MUL_BITS - 1);
            assertClose(map(a, b, (x, y) -> -0.3 * x),
                    evaluator.rescale(evaluator.multiplyConstant(ca, -0.3, params.rlwe().q()[level])), AFTER_MUL_BITS);
        }
    }

    @Test
    void depthChainUsesTheWholeBudget() {
        double[] a = randomValues();
        double[] expected = a.clone();
        Ciphertext c = encryptAt(a, params.maxLevel());
        while (c.level() > 0) {
            c = evaluator.rescale(evaluator.multiplyRelin(c, c));
            for (int i = 0; i < slots; i++) expected[i] *= expected[i];
            assertClose(expected, c, AFTER_MUL_BITS - 2);
        }
        Ciphertext last = c;
        assertThrows(IllegalArgumentException.class, () -> evaluator.rescale(last));
    }

    @Test
    void rotationsConjugationAndHoistingAgree() {
        for (int level = 0; level <= params.maxLevel(); level++) {
            double[] a = randomValues();
            Ciphertext ca = encryptAt(a, level);
            for (int k : new int[] {1, 3, -1, 100, -7}) {
                double[] expected = new double[slots];
                for (int i = 0; i < slots; i++) expected[i] = a[Math.floorMod(i + k, slots)];
                assertClose(expected, evaluator.rotate(ca, k), FRESH_BITS - 2);
            }
            Map<Integer, Ciphertext> hoisted = evaluator.rotateHoisted(ca, 1, 2, 5, 0);
            for (var e : hoisted.entrySet()) {
                double[] expected = new double[slots];
                for (int i = 0; i < slots; i++) expected[i] = a[Math.floorMod(i + e.getKey(), slots)];
                assertClose(expected, e.getValue(), FRESH_BITS - 2);
            }
            // rotation identities: rot(rot(a,1),2) = rot(a,3); rot by N/2 slots is the identity
            double[] r12 = decryptor.decrypt(evaluator.rotate(evaluator.rotate(ca, 1), 2));
            double[] r3 = decryptor.decrypt(evaluator.rotate(ca, 3));
            assertTrue(Precision.of(r3, r12).minBits() > FRESH_BITS - 3);
        }
        double[] re = randomValues(), im = randomValues();
        Ciphertext z = encryptor.encrypt(encoder.encode(re, im, params.maxLevel(), params.defaultScale()));
        double[][] conj = decryptor.decryptComplex(evaluator.conjugate(z));
        double[] negIm = map(im, im, (x, y) -> -x);
        assertTrue(Precision.of(re, conj[0]).minBits() > FRESH_BITS - 2);
        assertTrue(Precision.of(negIm, conj[1]).minBits() > FRESH_BITS - 2);
    }

    /** sum_k rot(x, k) * d_k with all rotations kept in QP and a single ModDown (the double-hoisted BSGS step). */
    @Test
    void lazyHoistedRotationsSumLikeThePlainOnes() {
        double[] x = randomValues();
        int[] steps = {1, 2, 3, 5};
        double[][] diag = new double[steps.length][];
        double[] expected = new double[slots];
        for (int s = 0; s < steps.length; s++) {
            diag[s] = randomValues();
            for (int i = 0; i < slots; i++) expected[i] += x[Math.floorMod(i + steps[s], slots)] * diag[s][i];
        }
        int level = params.maxLevel();
        Ciphertext ct = encryptAt(x, level);
        double pscale = params.rlwe().q()[level];
        var ks = evaluator.keySwitching();
        var d = ks.decompose(ct);
        var acc = ks.zeroExtended(level);
        for (int s = 0; s < steps.length; s++) {
            long g = io.aitbc.fhe.rlwe.GaloisElements.forRotation(params.rlwe().n(), steps[s]);
            ks.mulAddExtended(acc, ks.automorphismHoistedLazy(ct, d, g, "test"),
                    encoder.encode(diag[s], level, pscale).poly(), encoder.encodeOverP(diag[s], null, pscale));
        }
        Ciphertext lazy = evaluator.rescale(ks.modDown(acc, ct, ct.scale() * pscale));
        assertClose(expected, lazy, AFTER_MUL_BITS - 2);
    }

    @Test
    void badInputsAreRejectedClearly() {
        CkksParameters other = new CkksParameters(RlweParameters.fromBitSizes(4096, new int[] {55, 40, 40, 40}, new int[] {50, 50}, true), 39);
        KeyGenerator kg2 = new KeyGenerator(other);
        SecretKey sk2 = kg2.secretKey();
        Ciphertext foreign = CkksEncryptor.withSecretKey(other, sk2).encrypt(new double[] {1});
        Ciphertext mine = encryptor.encrypt(new double[] {1});
        assertThrows(ParameterMismatchException.class, () -> evaluator.add(mine, foreign));
        assertThrows(ParameterMismatchException.class, () -> decryptor.decrypt(foreign));
        assertThrows(ParameterMismatchException.class, () -> CkksEncryptor.withPublicKey(other, pk));
        assertThrows(MissingKeyException.class, () -> evaluator.rotate(mine, 9));
        SecretKey sameParamsOtherKey = new KeyGenerator(params).secretKey();
        Ciphertext underOtherKey = CkksEncryptor.withSecretKey(params, sameParamsOtherKey).encrypt(new double[] {1});
        assertThrows(WrongKeyException.class, () -> decryptor.decrypt(underOtherKey));
        assertThrows(WrongKeyException.class, () -> evaluator.rotate(underOtherKey, 1));
        assertThrows(WrongKeyException.class, () -> evaluator.add(mine, underOtherKey));
        assertThrows(MissingKeyException.class, () -> new CkksEvaluator(params).multiplyRelin(mine, mine));
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(new double[slots + 1], 0, 1e10));
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(new double[] {Double.NaN}, 0, 1e10));
        Ciphertext squared = evaluator.multiplyRelin(mine, mine);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> evaluator.add(squared, mine));
        assertTrue(e.getMessage().contains("scales differ"));
        assertThrows(IllegalArgumentException.class, () -> evaluator.multiply(evaluator.multiply(mine, mine), mine));
        IllegalArgumentException insecure = assertThrows(IllegalArgumentException.class,
                () -> RlweParameters.fromBitSizes(4096, new int[] {55, 40, 40, 40}, new int[] {50, 50}, false));
        assertTrue(insecure.getMessage().contains("exceeds 109"), insecure.getMessage());
    }

    @Test
    void operandsAtDifferentLevelsMeetAtTheLowerOne() {
        double[] a = randomValues(), b = randomValues();
        Ciphertext high = encryptAt(a, 3), low = encryptAt(b, 1);
        Ciphertext sum = evaluator.add(high, low);
        assertEquals(1, sum.level());
        assertClose(map(a, b, Double::sum), sum, FRESH_BITS - 1);
        assertClose(a, evaluator.dropToLevel(high, 0), FRESH_BITS);
    }
}
