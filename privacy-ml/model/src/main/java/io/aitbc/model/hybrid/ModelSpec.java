package io.aitbc.model.hybrid;

import io.aitbc.model.quant.FixedPoint;
import java.math.BigInteger;
import java.util.Objects;

/**
 * What a client knows of a hybrid model without its weights (from the marketplace listing or the registry):
 * the dense layer's shape and widths, the input range, the ZKML-SPEC architecture hash and model commitment,
 * and the coefficient layout of docs/HYBRID.md §3: input j at X^j, weight (i, j) at X^(i n + n - 1 - j),
 * output i at X^(i n + n - 1).
 *
 * @param inputs             n, the dense layer's inputs
 * @param outputs            the dense layer's outputs
 * @param weightBits         bW (weights proven in [-2^(bW-1), 2^(bW-1)))
 * @param biasBits           bB
 * @param weightFractionBits fW: logits = floor(accumulator / 2^fW)
 * @param archHash           ZKML-SPEC architecture hash
 * @param commitment         ZKML-SPEC model commitment
 * @param inputRange         the proven range of every input value
 */
public record ModelSpec(int inputs, int outputs, int weightBits, int biasBits, int weightFractionBits,
                        BigInteger archHash, BigInteger commitment, InputRange inputRange) {

    public ModelSpec {
        if (inputs < 1 || outputs < 1) throw new IllegalArgumentException("a dense layer needs inputs and outputs");
        if (weightBits < 2 || weightBits > 32 || biasBits < 2 || biasBits > 62) throw new IllegalArgumentException("unsupported widths");
        Objects.requireNonNull(archHash, "archHash");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(inputRange, "inputRange");
    }

    /** Coefficient of output i: i n + n - 1. */
    public int outputPosition(int i) { return i * inputs + inputs - 1; }

    /** Coefficient of weight (i, j) in the weight polynomial v. */
    public int weightPosition(int i, int j) { return i * inputs + inputs - 1 - j; }

    /** Largest l1 norm of v the evaluation proof accepts. */
    BigInteger weightNorm() {
        return BigInteger.valueOf((long) outputs * inputs).shiftLeft(weightBits - 1);
    }

    /** Largest |b_i + sum_j W_ij x_j| over the proven ranges. */
    BigInteger accumulatorBound() {
        return BigInteger.valueOf(inputs).shiftLeft(weightBits - 1).multiply(BigInteger.valueOf(inputRange.maxAbs()))
                .add(BigInteger.ONE.shiftLeft(biasBits - 1));
    }

    /** Checks that the layout fits the ring and the accumulators the plaintext modulus. */
    void requireFits(HybridParameters params) {
        if ((long) inputs * outputs > params.n()) {
            throw new IllegalArgumentException(outputs + " outputs x " + inputs + " inputs do not fit one product in N = " + params.n());
        }
        if (accumulatorBound().shiftLeft(1).compareTo(params.t()) >= 0) {
            throw new IllegalArgumentException("accumulators up to " + accumulatorBound() + " do not fit t = " + params.t());
        }
    }

    /** The logits of ZKML-SPEC: floor(accumulator / 2^fW). */
    public long[] logits(long[] accumulators) {
        long[] out = new long[accumulators.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = FixedPoint.rescale(accumulators[i], weightFractionBits, "output " + i);
        }
        return out;
    }
}
