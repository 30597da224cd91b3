package io.aitbc.fhe.ring;

/** Samplers for RLWE: uniform residues, ternary secrets and the discrete Gaussian error. */
public final class Sampler {

    private Sampler() {}

    /**
     * Fills every limb of {@code out} with independent uniform residues (uniform modulo their product, by
     * CRT): ceil(bits(q)/8) little-endian bytes per candidate, masked to bits(q) bits, rejected if >= q.
     */
    public static void uniform(Prng prng, Ring ring, RnsPoly out) {
        int n = ring.n();
        for (int i = 0; i < out.limbCount(); i++) {
            long q = ring.modulus(i).value();
            int bits = ring.modulus(i).bits();
            int bytes = (bits + 7) / 8;
            long mask = (1L << bits) - 1;
            long[] z = out.limb(i);
            for (int c = 0; c < n; c++) {
                long v;
                do {
                    v = prng.nextBytesAsLong(bytes) & mask;
                } while (v >= q); // rejection: public randomness, accepted values stay uniform
                z[c] = v;
            }
        }
    }

    /** N coefficients uniform in {-1, 0, 1} (the ternary secret distribution of the security tables). */
    public static long[] ternary(Prng prng, int n) {
        long[] out = new long[n];
        for (int c = 0; c < n; c++) {
            int b;
            do {
                b = prng.nextByte();
            } while (b == 255); // 255 = 3*85: rejecting it makes b mod 3 exactly uniform
            out[c] = b % 3 - 1;
        }
        return out;
    }

    /** N coefficients from the discrete Gaussian of the given sampler. */
    public static long[] gaussian(Prng prng, DiscreteGaussian distribution, int n) {
        long[] out = new long[n];
        for (int c = 0; c < n; c++) out[c] = distribution.sample(prng);
        return out;
    }
}
