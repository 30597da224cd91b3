package io.aitbc.model.hybrid;

import java.math.BigInteger;

/**
 * Shape of the evaluation proof and the output protection it covers (docs/HYBRID.md §3-4):
 * c1' = c1 v + a u + e1 + Q k1 and beta_i = (c0 v)_{P_i} + Delta bias_i + (b u)_{P_i} + f_i + Q kappa_i.
 *
 * <p>Flooding: the only weight-dependent noise the client could see is (e_in v)_{P_i}, with
 * |e_in| <= (2N + 1) 2^(NOISE_BITS-1) for a proven key and input (e_pk u + e0 + e1 s), so
 * |(e_in v)_{P_i}| <= B = (2N + 1) 2^(NOISE_BITS-1) |v|_1. Uniform f_i in [-F, F) with
 * F >= outputs B 2^(lambda-1) puts the outputs within statistical distance outputs B / (2F) <= 2^-lambda of
 * flooding noise alone. Decryption stays exact while t^2 + 2 t (F + B + fresh noise) < Q.
 */
final class EvalRelation {

    static final String NAME = "hybrid_eval";

    private final HybridParameters params;
    private final ModelSpec model;
    private final int floodExponent;
    private final int quotientBits;
    private final int kappaBits;

    EvalRelation(HybridParameters params, ModelSpec model) {
        model.requireFits(params);
        this.params = params;
        this.model = model;
        BigInteger n = BigInteger.valueOf(params.n());
        BigInteger inputNoise = n.shiftLeft(1).add(BigInteger.ONE).multiply(Bounds.noise());
        BigInteger weightNoise = inputNoise.multiply(model.weightNorm());
        BigInteger spread = weightNoise.multiply(BigInteger.valueOf(model.outputs()));
        this.floodExponent = spread.bitLength() + HybridParameters.STATISTICAL_SECURITY - 1;
        BigInteger flood = BigInteger.ONE.shiftLeft(floodExponent);
        BigInteger freshNoise = n.shiftLeft(1).multiply(Bounds.noise());
        BigInteger noise = flood.add(weightNoise).add(freshNoise);
        BigInteger t = params.t();
        if (t.multiply(t).add(t.multiply(noise).shiftLeft(1)).compareTo(params.q()) >= 0) {
            throw new IllegalArgumentException("Q = 2^" + params.q().bitLength() + " is too small for flooding noise 2^" + floodExponent
                    + " with t = " + t + " (" + model.outputs() + " x " + model.inputs() + " weights)");
        }
        BigInteger norm = model.weightNorm().add(n);
        this.quotientBits = Bounds.quotientBits(params, norm, Bounds.noise());
        BigInteger biasTerm = params.delta().shiftLeft(model.biasBits() - 1);
        this.kappaBits = Bounds.quotientBits(params, norm, biasTerm.add(flood));
    }

    ModelSpec model() { return model; }

    /** The flooding noise is uniform in [-2^floodExponent, 2^floodExponent). */
    int floodExponent() { return floodExponent; }

    int quotientBits() { return quotientBits; }

    int kappaBits() { return kappaBits; }

    CircuitMain main() {
        return CircuitMain.of(NAME, "HybridEvalProof", "archHash, z, gamma, target, wv, wu",
                params.n(), model.inputs(), model.outputs(), model.weightBits(), model.biasBits(), HybridParameters.NOISE_BITS,
                quotientBits, floodExponent + 1, kappaBits, params.q(), params.delta());
    }
}
