package io.aitbc.fhe.serialization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.fhe.bfv.BfvDecryptor;
import io.aitbc.fhe.bfv.BfvEncryptor;
import io.aitbc.fhe.bfv.BfvEvaluator;
import io.aitbc.fhe.bfv.BfvParameters;
import io.aitbc.fhe.ckks.CkksDecryptor;
import io.aitbc.fhe.ckks.CkksEncryptor;
import io.aitbc.fhe.ckks.CkksEvaluator;
import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.ckks.Precision;
import io.aitbc.fhe.ring.Parallelism;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.EvaluationKeys;
import io.aitbc.fhe.rlwe.KeyGenerator;
import io.aitbc.fhe.rlwe.ParameterMismatchException;
import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.fhe.rlwe.RlweParameters;
import io.aitbc.fhe.rlwe.SchemeParameters;
import io.aitbc.fhe.rlwe.SecretKey;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FheSerializerTest {

    CkksParameters params;
    SecretKey sk;
    PublicKey pk;
    EvaluationKeys keys;
    double[] values;

    @BeforeAll
    void setUp() {
        params = new CkksParameters(RlweParameters.fromBitSizes(4096, new int[] {55, 40, 40}, new int[] {50, 50}, true), 40);
        KeyGenerator kg = new KeyGenerator(params);
        sk = kg.secretKey();
        pk = kg.publicKey(sk);
        keys = kg.evaluationKeys(sk, true, 1, -2);
        values = new double[params.slots()];
        for (int i = 0; i < values.length; i++) values[i] = Math.sin(i);
    }

    /** Everything read back works exactly like the original: decrypt, relinearize, rotate. */
    @Test
    void ckksObjectsRoundTrip() {
        SchemeParameters p = FheSerializer.readParameters(FheSerializer.write(params));
        assertEquals(params.id(), p.id());
        CkksParameters same = (CkksParameters) p;
        SecretKey sk2 = FheSerializer.readSecretKey(FheSerializer.write(sk), same);
        assertArrayEquals(sk.coefficients(), sk2.coefficients());
        PublicKey pk2 = FheSerializer.readPublicKey(FheSerializer.write(pk), same);
        assertEquals(pk.b(), pk2.b());
        assertEquals(pk.a(), pk2.a());
        EvaluationKeys keys2 = FheSerializer.readEvaluationKeys(FheSerializer.write(keys), same);
        assertEquals(keys.galoisKeys().keySet(), keys2.galoisKeys().keySet());
        Ciphertext ct = CkksEncryptor.withPublicKey(same, pk2).encrypt(values);
        Ciphertext ct2 = FheSerializer.readCiphertext(FheSerializer.write(ct), same);
        assertEquals(ct, ct2);
        CkksEvaluator ev = new CkksEvaluator(same, keys2, Parallelism.SEQUENTIAL);
        Ciphertext sq = ev.multiply(ct2, ct2);
        Ciphertext sq2 = FheSerializer.readCiphertext(FheSerializer.write(sq), same);
        assertEquals(sq, sq2);
        Ciphertext out = ev.rotate(ev.rescale(ev.relinearize(sq2)), 1);
        double[] expected = new double[values.length];
        for (int i = 0; i < values.length; i++) expected[i] = Math.pow(values[(i + 1) % values.length], 2);
        double[] got = new CkksDecryptor(same, sk2).decrypt(FheSerializer.readCiphertext(FheSerializer.write(out), same));
        assertTrue(Precision.of(expected, got).minBits() > 15);
        assertEquals(ObjectType.CIPHERTEXT, FheSerializer.typeOf(FheSerializer.write(out)));
        assertEquals(params.id(), FheSerializer.parametersIdOf(FheSerializer.write(out)));
    }

    @Test
    void freshSecretKeyCiphertextsAreSeedCompressed() {
        Ciphertext seeded = CkksEncryptor.withSecretKey(params, sk).encrypt(values);
        Ciphertext unseeded = CkksEncryptor.withPublicKey(params, pk).encrypt(values);
        byte[] a = FheSerializer.write(seeded), b = FheSerializer.write(unseeded);
        assertTrue(a.length < b.length * 0.51, a.length + " vs " + b.length);
        // bit-packing: 55+40+40 bits per coefficient instead of 3 x 64
        assertTrue(b.length < 2 * 4096 * (55 + 40 + 40) / 8 + 200, "size " + b.length);
        Ciphertext back = FheSerializer.readCiphertext(a, params);
        assertEquals(seeded, back);
        double[] got = new CkksDecryptor(params, sk).decrypt(back);
        assertTrue(Precision.of(values, got).minBits() > 20);
    }

    @Test
    void bfvObjectsRoundTrip() {
        BfvParameters bfv = new BfvParameters(RlweParameters.fromBitSizes(4096, new int[] {50, 50}, new int[] {55}, true), 65537);
        BfvParameters back = (BfvParameters) FheSerializer.readParameters(FheSerializer.write(bfv));
        assertEquals(bfv.id(), back.id());
        KeyGenerator kg = new KeyGenerator(bfv);
        SecretKey s = kg.secretKey();
        long[] v = new long[4096];
        for (int i = 0; i < v.length; i++) v[i] = i * 7L % 65537;
        Ciphertext c = BfvEncryptor.withSecretKey(bfv, s).encrypt(v);
        EvaluationKeys ek = FheSerializer.readEvaluationKeys(FheSerializer.write(kg.evaluationKeys(s, false)), back);
        Ciphertext sq = new BfvEvaluator(back, ek, Parallelism.SEQUENTIAL).multiplyRelin(FheSerializer.readCiphertext(FheSerializer.write(c), back), c);
        long[] expected = new long[v.length];
        for (int i = 0; i < v.length; i++) expected[i] = v[i] * v[i] % 65537;
        assertArrayEquals(expected, new BfvDecryptor(back, FheSerializer.readSecretKey(FheSerializer.write(s), back)).decrypt(sq));
    }

    @Test
    void malformedInputGivesClearErrors() {
        byte[] ct = FheSerializer.write(CkksEncryptor.withPublicKey(params, pk).encrypt(values));
        for (int len : new int[] {0, 3, 10, 41, 42, ct.length / 2, ct.length - 1}) {
            FheFormatException e = assertThrows(FheFormatException.class, () -> FheSerializer.readCiphertext(Arrays.copyOf(ct, len), params));
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        }
        byte[] flipped = ct.clone();
        flipped[ct.length / 2] ^= 4;
        assertTrue(assertThrows(FheFormatException.class, () -> FheSerializer.readCiphertext(flipped, params)).getMessage().contains("corrupted"));
        byte[] longer = Arrays.copyOf(ct, ct.length + 3);
        assertTrue(assertThrows(FheFormatException.class, () -> FheSerializer.readCiphertext(longer, params)).getMessage().contains("trailing"));
        byte[] magic = ct.clone();
        magic[0] = 'X';
        assertTrue(assertThrows(FheFormatException.class, () -> FheSerializer.readCiphertext(magic, params)).getMessage().contains("magic"));
        byte[] version = resealed(ct, 4, (byte) 9);
        assertTrue(assertThrows(FheFormatException.class, () -> FheSerializer.readCiphertext(version, params)).getMessage().contains("version"));
        FheFormatException type = assertThrows(FheFormatException.class, () -> FheSerializer.readSecretKey(ct, params));
        assertTrue(type.getMessage().contains("expected a SECRET_KEY but found a CIPHERTEXT"), type.getMessage());
        // a well-framed object whose coefficient is not below its prime (checksum recomputed)
        int firstCoefficient = Envelope.HEADER + 2 + 1 + 8 + 1 + 16;
        byte[] big = ct.clone();
        for (int k = 0; k < 7; k++) big[firstCoefficient + k] = (byte) 0xFF;
        big[firstCoefficient + 6] = (byte) 0x7F; // 55 bits all ones >= q0
        byte[] resealedBig = resealed(big, -1, (byte) 0);
        assertTrue(assertThrows(FheFormatException.class, () -> FheSerializer.readCiphertext(resealedBig, params)).getMessage().contains("not below"));
        byte[] pdata = FheSerializer.write(params);
        byte[] ptrunc = resealed(Arrays.copyOf(pdata, pdata.length), -1, (byte) 0);
        assertEquals(params.id(), FheSerializer.readParameters(ptrunc).id());
    }

    @Test
    void objectsOfAnotherParameterSetAreRejected() {
        CkksParameters other = new CkksParameters(RlweParameters.fromBitSizes(4096, new int[] {55, 40, 40}, new int[] {50, 50}, true), 41);
        byte[] ct = FheSerializer.write(CkksEncryptor.withPublicKey(params, pk).encrypt(values));
        ParameterMismatchException e = assertThrows(ParameterMismatchException.class, () -> FheSerializer.readCiphertext(ct, other));
        assertTrue(e.getMessage().contains(params.id().shortHex()), e.getMessage());
        assertThrows(ParameterMismatchException.class, () -> FheSerializer.readSecretKey(FheSerializer.write(sk), other));
        assertThrows(ParameterMismatchException.class, () -> FheSerializer.readEvaluationKeys(FheSerializer.write(keys), other));
    }

    @Test
    void insecureParametersAreRejectedWhenReadUnlessMarkedTestOnly() {
        // a set that claims to be production (testOnly = false) but exceeds the security bound
        byte[] canonical = params.canonicalEncoding();
        canonical[canonical.length - 9] = 0; // the testOnly flag precedes the 8-byte scale
        byte[] body = ByteBuffer.allocate(4 + canonical.length).putInt(canonical.length).put(canonical).array();
        byte[] forged = Envelope.seal(ObjectType.PARAMETERS, params.id(), body);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FheSerializer.readParameters(forged));
        assertTrue(e.getMessage().contains("insecure"), e.getMessage());
    }

    /** Sets one byte (index >= 0) and recomputes the checksum. */
    private static byte[] resealed(byte[] data, int index, byte value) {
        byte[] copy = data.clone();
        if (index >= 0) copy[index] = value;
        CRC32C crc = new CRC32C();
        crc.update(copy, 0, copy.length - 4);
        ByteBuffer.wrap(copy, copy.length - 4, 4).putInt((int) crc.getValue());
        return copy;
    }
}
