package io.aitbc.model.hybrid;

import java.math.BigInteger;

/**
 * Shape of the input proof: c0 = b u + e0 + Delta m + Q k0, c1 = a u + e1 + Q k1, u ternary, e0/e1 noise,
 * m = the first {@code inputs} coefficients in the input range (the others zero).
 */
final class InputRelation {

    static final String NAME = "hybrid_input";

    private final HybridParameters params;
    private final int inputs;
    private final InputRange range;
    private final int quotientBits;

    InputRelation(HybridParameters params, int inputs, InputRange range) {
        if (inputs < 1 || inputs > params.n()) throw new IllegalArgumentException("inputs must be in 1.." + params.n() + ": " + inputs);
        this.params = params;
        this.inputs = inputs;
        this.range = range;
        BigInteger message = params.delta().multiply(BigInteger.valueOf(range.maxAbs()));
        this.quotientBits = Bounds.quotientBits(params, BigInteger.valueOf(params.n()), Bounds.noise().add(message));
    }

    int inputs() { return inputs; }

    InputRange range() { return range; }

    int quotientBits() { return quotientBits; }

    CircuitMain main() {
        return CircuitMain.of(NAME, "HybridInputProof", "z, gamma, target, w",
                params.n(), inputs, HybridParameters.NOISE_BITS, quotientBits, range.lo(), range.hi(), params.q(), params.delta());
    }
}
