package io.aitbc.fhe.rlwe;

import io.aitbc.fhe.ring.RnsPoly;

/**
 * An encoded message as a polynomial over the Q primes of a level (CKKS: NTT domain), with its scale.
 * {@link #poly()} is live; do not modify it.
 */
public record Plaintext(SchemeParameters params, RnsPoly poly, double scale, boolean isNtt) {

    public Plaintext {
        if (poly.limbCount() > params.rlwe().qCount()) throw new IllegalArgumentException("more limbs than Q primes");
        if (!(scale > 0) || Double.isInfinite(scale)) throw new IllegalArgumentException("scale must be positive: " + scale);
    }

    public int level() { return poly.limbCount() - 1; }
}
