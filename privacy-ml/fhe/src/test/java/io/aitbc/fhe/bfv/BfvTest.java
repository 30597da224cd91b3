package io.aitbc.fhe.bfv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.fhe.ring.Parallelism;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.EvaluationKeys;
import io.aitbc.fhe.rlwe.KeyGenerator;
import io.aitbc.fhe.rlwe.MissingKeyException;
import io.aitbc.fhe.rlwe.ParameterMismatchException;
import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.fhe.rlwe.RlweParameters;
import io.aitbc.fhe.rlwe.SecretKey;
import java.math.BigInteger;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongBinaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** BFV against integer arithmetic mod t. Test set: N=4096 (insecure, test only), Q = 3x50 bits, P = 55 bits, t = 65537. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BfvTest {

    private final SplittableRandom random = new SplittableRandom(9);
    BfvParameters params;
    long t;
    int n;
    SecretKey sk;
    BfvEncryptor encryptor;
    BfvEncryptor symmetric;
    BfvDecryptor decryptor;
    BfvEvaluator evaluator;
    BfvEncoder encoder;

    @BeforeAll
    void setUp() {
        params = new BfvParameters(RlweParameters.fromBitSizes(4096, new int[] {50, 50, 50}, new int[] {55}, true), 65537);
        t = params.plaintextModulus();
        n = params.rlwe().n();
        KeyGenerator kg = new KeyGenerator(params);
        sk = kg.secretKey();
        PublicKey pk = kg.publicKey(sk);
        EvaluationKeys keys = kg.evaluationKeys(sk, true, 1, -3, 17);
        encryptor = BfvEncryptor.withPublicKey(params, pk);
        symmetric = BfvEncryptor.withSecretKey(params, sk);
        decryptor = new BfvDecryptor(params, sk);
        evaluator = new BfvEvaluator(params, keys, Parallelism.threads(2));
        encoder = new BfvEncoder(params);
    }

    long[] randomValues() {
        long[] v = new long[n];
        for (int i = 0; i < n; i++) v[i] = random.nextLong(t);
        return v;
    }

    long[] map(long[] a, long[] b, LongBinaryOperator op) {
        long[] r = new long[a.length];
        for (int i = 0; i < a.length; i++) r[i] = Math.floorMod(op.applyAsLong(a[i], b[i]), t);
        return r;
    }

    @Test
    void encodingIsTheEvaluationAtTheRootsAndRoundTrips() {
        long[] v = randomValues();
        BfvPlaintext pt = encoder.encode(v);
        assertArrayEquals(v, encoder.decode(pt));
        // slot k of row 0 is m(psi^(5^k)) for the primitive 2N-th root psi used by the NTT mod t
        io.aitbc.fhe.ring.NttTable table = new io.aitbc.fhe.ring.NttTable(new io.aitbc.fhe.ring.Modulus(t), n);
        BigInteger bt = BigInteger.valueOf(t);
        long[] m = pt.coefficients();
        long g = 1;
        for (int k = 0; k < 4; k++) {
            BigInteger x = BigInteger.valueOf(table.psi()).modPow(BigInteger.valueOf(g), bt);
            BigInteger acc = BigInteger.ZERO;
            for (int i = n - 1; i >= 0; i--) acc = acc.multiply(x).add(BigInteger.valueOf(m[i])).mod(bt);
            assertEquals(v[k], acc.longValue());
            BigInteger y = BigInteger.valueOf(table.psi()).modPow(BigInteger.valueOf(2L * n - g), bt);
            acc = BigInteger.ZERO;
            for (int i = n - 1; i >= 0; i--) acc = acc.multiply(y).add(BigInteger.valueOf(m[i])).mod(bt);
            assertEquals(v[k + n / 2], acc.longValue());
            g = g * 5 % (2L * n);
        }
        assertArrayEquals(new long[] {t - 1, 1}, java.util.Arrays.copyOf(encoder.decode(encoder.encode(new long[] {-1, 1})), 2));
    }

    @Test
    void encryptDecryptWithBothKeys() {
        long[] v = randomValues();
        assertArrayEquals(v, decryptor.decrypt(encryptor.encrypt(v)));
        Ciphertext s = symmetric.encrypt(v);
        assertTrue(s.isSeeded());
        assertArrayEquals(v, decryptor.decrypt(s));
        assertTrue(decryptor.noiseBudgetBits(s) > 80, "fresh budget " + decryptor.noiseBudgetBits(s));
    }

    @Test
    void linearOperationsMatchIntegerArithmetic() {
        long[] a = randomValues(), b = randomValues();
        Ciphertext ca = encryptor.encrypt(a), cb = encryptor.encrypt(b);
        BfvPlaintext pb = encoder.encode(b);
        assertArrayEquals(map(a, b, Long::sum), decryptor.decrypt(evaluator.add(ca, cb)));
        assertArrayEquals(map(a, b, (x, y) -> x - y), decryptor.decrypt(evaluator.sub(ca, cb)));
        assertArrayEquals(map(a, b, (x, y) -> -x), decryptor.decrypt(evaluator.negate(ca)));
        Ciphertext acc = evaluator.add(ca, cb);
        evaluator.addInPlace(acc, cb);
        assertArrayEquals(map(a, b, (x, y) -> x + 2 * y), decryptor.decrypt(acc));
        assertArrayEquals(map(a, b, Long::sum), decryptor.decrypt(evaluator.addPlain(ca, pb)));
        assertArrayEquals(map(a, b, (x, y) -> x - y), decryptor.decrypt(evaluator.subPlain(ca, pb)));
        assertArrayEquals(map(a, b, (x, y) -> x * y % t), decryptor.decrypt(evaluator.multiplyPlain(ca, pb)));
        assertArrayEquals(map(a, b, (x, y) -> x * 12345 % t), decryptor.decrypt(evaluator.multiplyInteger(ca, 12345)));
        assertArrayEquals(map(a, b, (x, y) -> -x * 7 % t), decryptor.decrypt(evaluator.multiplyInteger(ca, -7)));
    }

    @Test
    void multiplicationChainsUntilTheBudgetIsSpent() {
        long[] a = randomValues(), b = randomValues();
        Ciphertext ca = encryptor.encrypt(a), cb = encryptor.encrypt(b);
        Ciphertext prod = evaluator.multiply(ca, cb);
        assertEquals(2, prod.degree());
        long[] ab = map(a, b, (x, y) -> x * y % t);
        assertArrayEquals(ab, decryptor.decrypt(prod));
        Ciphertext relin = evaluator.relinearize(prod);
        assertArrayEquals(ab, decryptor.decrypt(relin));
        assertArrayEquals(map(a, a, (x, y) -> x * y % t), decryptor.decrypt(evaluator.multiplyRelin(ca, ca)));
        double before = decryptor.noiseBudgetBits(ca);
        double after = decryptor.noiseBudgetBits(relin);
        assertTrue(after < before - 20 && after > 10, "budget " + before + " -> " + after);
        // keep multiplying while the budget lasts: every result must be exact
        long[] expected = ab;
        Ciphertext c = relin;
        int depth = 1;
        while (decryptor.noiseBudgetBits(c) > 40) {
            c = evaluator.multiplyRelin(c, cb);
            expected = map(expected, b, (x, y) -> x * y % t);
            assertArrayEquals(expected, decryptor.decrypt(c), "depth " + ++depth);
        }
        assertTrue(depth >= 2, "depth " + depth);
    }

    @Test
    void rowAndColumnRotations() {
        long[] a = randomValues();
        Ciphertext ca = encryptor.encrypt(a);
        int half = n / 2;
        for (int k : new int[] {1, -3, 17}) {
            long[] expected = new long[n];
            for (int i = 0; i < half; i++) {
                expected[i] = a[Math.floorMod(i + k, half)];
                expected[half + i] = a[half + Math.floorMod(i + k, half)];
            }
            assertArrayEquals(expected, decryptor.decrypt(evaluator.rotateRows(ca, k)), "k=" + k);
            assertArrayEquals(expected, decryptor.decrypt(evaluator.rotateRowsHoisted(ca, 1, -3, 17).get(k)));
        }
        long[] swapped = new long[n];
        for (int i = 0; i < half; i++) {
            swapped[i] = a[half + i];
            swapped[half + i] = a[i];
        }
        assertArrayEquals(swapped, decryptor.decrypt(evaluator.rotateColumns(ca)));
        Map<Integer, Ciphertext> none = evaluator.rotateRowsHoisted(ca, 0);
        assertArrayEquals(a, decryptor.decrypt(none.get(0)));
    }

    @Test
    void presetWorksEndToEnd() {
        BfvParameters preset = BfvParameters.n8192();
        assertEquals(218, preset.rlwe().logQP());
        KeyGenerator kg = new KeyGenerator(preset);
        SecretKey s = kg.secretKey();
        BfvEncryptor enc = BfvEncryptor.withPublicKey(preset, kg.publicKey(s));
        BfvEvaluator ev = new BfvEvaluator(preset, kg.evaluationKeys(s, false, 1), Parallelism.SEQUENTIAL);
        BfvDecryptor dec = new BfvDecryptor(preset, s);
        long[] v = new long[8192];
        for (int i = 0; i < v.length; i++) v[i] = random.nextLong(65537);
        Ciphertext c = ev.multiplyRelin(enc.encrypt(v), enc.encrypt(v));
        long[] sq = new long[v.length];
        for (int i = 0; i < v.length; i++) sq[i] = v[i] * v[i] % 65537;
        assertArrayEquals(sq, dec.decrypt(c));
        long[] rot = dec.decrypt(ev.rotateRows(c, 1));
        assertEquals(sq[1], rot[0]);
        assertEquals(sq[0], rot[4095]);
        assertEquals(sq[4096], rot[8191]);
    }

    @Test
    void badInputsAreRejectedClearly() {
        BfvParameters other = new BfvParameters(RlweParameters.fromBitSizes(4096, new int[] {50, 50, 50}, new int[] {55}, true), 40961);
        assertNotEquals(params.id(), other.id());
        SecretKey sk2 = new KeyGenerator(other).secretKey();
        Ciphertext foreign = BfvEncryptor.withSecretKey(other, sk2).encrypt(new long[] {1});
        Ciphertext mine = encryptor.encrypt(new long[] {1});
        assertThrows(ParameterMismatchException.class, () -> evaluator.add(mine, foreign));
        assertThrows(ParameterMismatchException.class, () -> decryptor.decrypt(foreign));
        assertThrows(MissingKeyException.class, () -> evaluator.rotateRows(mine, 2));
        assertThrows(IllegalArgumentException.class, () -> new BfvPlaintext(params, new long[] {1}));
        long[] bad = new long[n];
        bad[0] = t;
        assertThrows(IllegalArgumentException.class, () -> new BfvPlaintext(params, bad));
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(new long[n + 1]));
        assertThrows(IllegalArgumentException.class,
                () -> new BfvParameters(RlweParameters.fromBitSizes(4096, new int[] {50}, new int[] {55}, true), 65539));
    }
}
