package io.aitbc.model.quant;

/**
 * The fixed-point widths of docs/ZKML-SPEC.md §1: input width {@code bIn}, activation fractional bits
 * {@code fA} (shared by all layers; activations are {@value #ACTIVATION_BITS}-bit), weight width {@code bW}
 * and bias width {@code bB}. Immutable; {@link #DEFAULT} is the spec's default (16, 8, 8, 32).
 */
public record QuantizationParams(int inputBits, int activationFractionBits, int weightBits, int biasBits) {
    public static final int ACTIVATION_BITS = 32;
    public static final int MAX_WEIGHT_FRACTION_BITS = 24;
    public static final QuantizationParams DEFAULT = new QuantizationParams(16, 8, 8, 32);

    public QuantizationParams {
        if (inputBits < 2 || inputBits > ACTIVATION_BITS) {
            throw new IllegalArgumentException("bIn must be in [2, 32], got " + inputBits);
        }
        if (activationFractionBits < 0 || activationFractionBits > 24) {
            throw new IllegalArgumentException("fA must be in [0, 24], got " + activationFractionBits);
        }
        if (weightBits < 2 || weightBits > 16) {
            throw new IllegalArgumentException("bW must be in [2, 16], got " + weightBits);
        }
        if (biasBits < 2 || biasBits > 48) {
            throw new IllegalArgumentException("bB must be in [2, 48], got " + biasBits);
        }
    }

    /** {@code bIn}. */
    public int bIn() {
        return inputBits;
    }

    /** {@code fA}. */
    public int fA() {
        return activationFractionBits;
    }

    /** {@code bW}. */
    public int bW() {
        return weightBits;
    }

    /** {@code bB}. */
    public int bB() {
        return biasBits;
    }
}
