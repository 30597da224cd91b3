package io.aitbc.fhe.rlwe;

import io.aitbc.fhe.ring.RnsPoly;
import java.util.Arrays;

/**
 * An RLWE ciphertext (c_0, ..., c_d) with sum c_i s^i = message + noise, at a level (it has level+1 Q
 * primes), with the scale of its message (CKKS; 1 for BFV) and its domain (NTT or coefficients).
 * A fresh secret-key encryption keeps the seed from which c_1 was expanded, so that it can be stored
 * as (c_0, seed).
 *
 * <p>Ciphertexts are values: operations return new ones. {@link #poly(int)} exposes the live
 * polynomial for the evaluators; do not modify it.
 */
public final class Ciphertext {

    private final SchemeParameters params;
    private final KeyId keyId;
    private final RnsPoly[] polys;
    private final double scale;
    private final boolean ntt;
    private final byte[] seed;

    public Ciphertext(SchemeParameters params, KeyId keyId, RnsPoly[] polys, double scale, boolean ntt, byte[] seed) {
        if (polys.length < 2) throw new IllegalArgumentException("a ciphertext has at least two polynomials");
        int limbs = polys[0].limbCount();
        for (RnsPoly p : polys) {
            if (p.limbCount() != limbs || p.n() != params.rlwe().n()) {
                throw new IllegalArgumentException("ciphertext polynomials disagree in size");
            }
        }
        if (limbs > params.rlwe().qCount()) throw new IllegalArgumentException("more limbs than Q primes");
        if (!(scale > 0) || Double.isInfinite(scale)) throw new IllegalArgumentException("scale must be positive: " + scale);
        this.params = params;
        this.keyId = java.util.Objects.requireNonNull(keyId, "keyId");
        this.polys = polys.clone();
        this.scale = scale;
        this.ntt = ntt;
        this.seed = seed == null ? null : seed.clone();
    }

    /** A ciphertext computed from this one: same parameters and key, NTT domain, not seeded. */
    public Ciphertext derive(RnsPoly[] newPolys, double newScale) {
        return new Ciphertext(params, keyId, newPolys, newScale, true, null);
    }

    public SchemeParameters params() { return params; }

    /** The secret key this ciphertext is encrypted under. */
    public KeyId keyId() { return keyId; }

    public int level() { return polys[0].limbCount() - 1; }

    /** Number of polynomials minus one: 1 normally, 2 after a multiplication before relinearization. */
    public int degree() { return polys.length - 1; }

    public RnsPoly poly(int i) { return polys[i]; }

    public double scale() { return scale; }

    public boolean isNtt() { return ntt; }

    /** The seed of c_1 for a fresh secret-key encryption, or null. */
    public byte[] seed() { return seed == null ? null : seed.clone(); }

    public boolean isSeeded() { return seed != null; }

    /** Deep copy with another scale (the same ciphertext reinterpreted, e.g. after exact scale bookkeeping). */
    public Ciphertext withScale(double newScale) {
        return new Ciphertext(params, keyId, copies(), newScale, ntt, null);
    }

    public RnsPoly[] copies() {
        RnsPoly[] c = new RnsPoly[polys.length];
        for (int i = 0; i < c.length; i++) c[i] = polys[i].copy();
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ciphertext c && c.params.id().equals(params.id()) && c.scale == scale && c.ntt == ntt
                && Arrays.equals(c.polys, polys);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(polys);
    }

    @Override
    public String toString() {
        return "Ciphertext[level=" + level() + ", degree=" + degree() + ", scale=2^"
                + String.format("%.2f", Math.log(scale) / Math.log(2)) + ", params=" + params.id().shortHex() + "]";
    }
}
