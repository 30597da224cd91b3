package io.aitbc.model.hybrid;

import java.math.BigInteger;

/**
 * Shape of the key proof: b = (-a) s + e + Q k with s ternary, |e| < 2^(NOISE_BITS-1) and k of
 * {@link #quotientBits()} signed bits (|k| <= N/2 + 1 for centered a and b).
 */
final class KeyRelation {

    static final String NAME = "hybrid_key";

    private final HybridParameters params;
    private final int quotientBits;

    KeyRelation(HybridParameters params) {
        this.params = params;
        this.quotientBits = Bounds.quotientBits(params, BigInteger.valueOf(params.n()), Bounds.noise());
    }

    int quotientBits() { return quotientBits; }

    CircuitMain main() {
        return CircuitMain.of(NAME, "HybridKeyProof", "z, target, w",
                params.n(), HybridParameters.NOISE_BITS, quotientBits, params.q());
    }
}
