package io.aitbc.fhe.rlwe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.fhe.bfv.BfvDecryptor;
import io.aitbc.fhe.bfv.BfvEncryptor;
import io.aitbc.fhe.bfv.BfvParameters;
import io.aitbc.fhe.ckks.CkksDecryptor;
import io.aitbc.fhe.ckks.CkksEncryptor;
import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.ckks.Precision;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class NoiseFloodingTest {

    @Test
    void ckksFloodKeepsTheMessageAndCostsTheFloodedBits() {
        CkksParameters params = new CkksParameters(RlweParameters.fromBitSizes(4096, new int[] {55, 40}, new int[] {55}, true), 40);
        KeyGenerator kg = new KeyGenerator(params);
        SecretKey sk = kg.secretKey();
        PublicKey pk = kg.publicKey(sk);
        double[] v = new double[params.slots()];
        for (int i = 0; i < v.length; i++) v[i] = Math.cos(i);
        Ciphertext ct = CkksEncryptor.withPublicKey(params, pk).encrypt(v);
        Ciphertext flooded = new NoiseFlooding(pk, new SecureRandom()).flood(ct, 24);
        assertNotEquals(ct.poly(1), flooded.poly(1));
        Precision p = Precision.of(v, new CkksDecryptor(params, sk).decrypt(flooded));
        // flood noise 2^24 at scale 2^40: about 2^24 * sqrt(N) / 2^40 -> roughly 10 bits of precision left
        assertTrue(p.minBits() > 6 && p.minBits() < 16, p.toString());
        assertThrows(IllegalArgumentException.class, () -> new NoiseFlooding(pk, new SecureRandom()).flood(ct, 0));
    }

    @Test
    void bfvFloodDecryptsExactlyWithinTheBudget() {
        BfvParameters params = new BfvParameters(RlweParameters.fromBitSizes(4096, new int[] {50, 50}, new int[] {55}, true), 65537);
        KeyGenerator kg = new KeyGenerator(params);
        SecretKey sk = kg.secretKey();
        PublicKey pk = kg.publicKey(sk);
        long[] v = new long[4096];
        for (int i = 0; i < v.length; i++) v[i] = i * 31L % 65537;
        Ciphertext ct = BfvEncryptor.withPublicKey(params, pk).encrypt(v);
        BfvDecryptor dec = new BfvDecryptor(params, sk);
        Ciphertext flooded = new NoiseFlooding(pk, new SecureRandom()).flood(ct, 50);
        assertArrayEquals(v, dec.decrypt(flooded));
        double before = dec.noiseBudgetBits(ct), after = dec.noiseBudgetBits(flooded);
        assertTrue(after < before - 25 && after > 5, before + " -> " + after);
    }
}
