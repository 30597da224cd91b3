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
        long[] e = Sampler.gaussian(Shake256Prng.fresh(new SecureRandom()), g, 200_000);
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
        long[] s = Sampler.ternary(Shake256Prng.fresh(new SecureRandom()), 300_000);
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
        Sampler.uniform(new Shake256Prng(seed, "a"), ring, a);
        Sampler.uniform(new Shake256Prng(seed, "a"), ring, b);
        Sampler.uniform(new Shake256Prng(seed, "b"), ring, c);
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
        assertThrows(IllegalArgumentException.class, () -> new Shake256Prng(new byte[16], "x"));
    }

    @Test
    void shakeStreamMatchesAKnownAnswer() {
        // SHAKE256 of the empty input starts with 46b9dd2b0ba88d13 (FIPS 202 test vector); our label is appended
        // to the seed, so absorb an all-zero seed and compare against BouncyCastle's digest used directly.
        org.bouncycastle.crypto.digests.SHAKEDigest ref = new org.bouncycastle.crypto.digests.SHAKEDigest(256);
        byte[] seed = new byte[32];
        ref.update(seed, 0, 32);
        ref.update("kat".getBytes(), 0, 3);
        byte[] expected = new byte[40];
        ref.doFinal(expected, 0, 40);
        byte[] got = new byte[40];
        new Shake256Prng(seed, "kat").nextBytes(got, 0, 40);
        assertArrayEquals(expected, got);
        org.bouncycastle.crypto.digests.SHAKEDigest empty = new org.bouncycastle.crypto.digests.SHAKEDigest(256);
        byte[] e = new byte[8];
        empty.doFinal(e, 0, 8);
        assertEquals("46b9dd2b0ba88d13", java.util.HexFormat.of().formatHex(e));
    }
}
