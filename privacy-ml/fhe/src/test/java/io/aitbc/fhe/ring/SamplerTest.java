package io.aitbc.fhe.ring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SamplerTest {

    @Test
    void gaussianHasTheRequestedDeviationAndBound() {
        DiscreteGaussian g = new DiscreteGaussian(3.2);
        long[] e = Sampler.gaussian(AesCtrPrng.fresh(new SecureRandom()), g, 200_000);
        double mean = 0, var = 0;
        for (long x : e) {
            assertTrue(Math.abs(x) <= g.bound());
            mean += x;
        }
        mean /= e.length;
        for (long x : e) var += (x - mean) * (x - mean);
        double sd = Math.sqrt(var / e.length);
        assertEquals(0, mean, 0.05);
        assertEquals(3.2, sd, 0.05);
        assertEquals(20, g.bound());
    }

    @Test
    void ternaryIsUniformOverMinusOneZeroOne() {
        long[] s = Sampler.ternary(AesCtrPrng.fresh(new SecureRandom()), 300_000);
        int[] counts = new int[3];
        for (long x : s) counts[(int) x + 1]++;
        for (int c : counts) assertEquals(100_000, c, 1500);
    }

    @Test
    void uniformIsReproducibleFromASeedAndCoversTheRange() {
        Ring ring = new Ring(1024, new long[] {Primes.nttPrime(40, 1024), Primes.nttPrime(61, 1024)});
        byte[] seed = new byte[32];
        seed[0] = 7;
        RnsPoly a = ring.newPoly(), b = ring.newPoly(), c = ring.newPoly();
        Sampler.uniform(new AesCtrPrng(seed, "a"), ring, a);
        Sampler.uniform(new AesCtrPrng(seed, "a"), ring, b);
        Sampler.uniform(new AesCtrPrng(seed, "b"), ring, c);
        assertEquals(a, b);
        assertNotEquals(a, c);
        for (int i = 0; i < 2; i++) {
            long q = ring.modulus(i).value();
            long max = 0;
            for (long v : a.limb(i)) {
                assertTrue(v >= 0 && v < q);
                max = Math.max(max, v);
            }
            assertTrue(max > q / 2);
        }
        assertThrows(IllegalArgumentException.class, () -> new AesCtrPrng(new byte[16], "x"));
    }

    @Test
    void streamIsAesCtrKeyedByShake256OfSeedAndLabel() {
        // reference built from independent parts: Bouncy Castle's SHAKE256 and its software AES in SIC (CTR) mode
        byte[] seed = new byte[32];
        for (int i = 0; i < 32; i++) seed[i] = (byte) (i * 7 + 1);
        org.bouncycastle.crypto.digests.SHAKEDigest shake = new org.bouncycastle.crypto.digests.SHAKEDigest(256);
        shake.update(seed, 0, 32);
        shake.update("kat".getBytes(), 0, 3);
        byte[] key = new byte[32];
        shake.doFinal(key, 0, 32);
        org.bouncycastle.crypto.StreamCipher ctr = org.bouncycastle.crypto.modes.SICBlockCipher.newInstance(
                org.bouncycastle.crypto.engines.AESEngine.newInstance());
        ctr.init(true, new org.bouncycastle.crypto.params.ParametersWithIV(
                new org.bouncycastle.crypto.params.KeyParameter(key), new byte[16]));
        byte[] expected = new byte[40000];
        ctr.processBytes(new byte[expected.length], 0, expected.length, expected, 0);
        byte[] got = new byte[40000];
        AesCtrPrng prng = new AesCtrPrng(seed, "kat");
        prng.nextBytes(got, 0, 100);
        prng.nextBytes(got, 100, 39900); // crosses internal buffer boundaries
        assertArrayEquals(expected, got);
        // SHAKE256 itself against the FIPS 202 answer for the empty message
        org.bouncycastle.crypto.digests.SHAKEDigest empty = new org.bouncycastle.crypto.digests.SHAKEDigest(256);
        byte[] e = new byte[8];
        empty.doFinal(e, 0, 8);
        assertEquals("46b9dd2b0ba88d13", java.util.HexFormat.of().formatHex(e));
    }
}
