package io.aitbc.model.hybrid;

/**
 * The model's input range: every quantized input value lies in [lo, hi], which the input proof proves of the
 * encrypted message. Fashion-MNIST pixels in [0, 1] quantized with fA fractional bits: [0, 2^fA].
 */
public record InputRange(long lo, long hi) {

    public InputRange {
        if (lo >= hi) throw new IllegalArgumentException("empty input range [" + lo + ", " + hi + "]");
        if (lo < -(1L << 40) || hi > (1L << 40)) throw new IllegalArgumentException("input range too wide: [" + lo + ", " + hi + "]");
    }

    /** [0, 2^fA]: real inputs in [0, 1]. */
    public static InputRange unitInterval(int fractionBits) {
        return new InputRange(0, 1L << fractionBits);
    }

    public long maxAbs() {
        return Math.max(Math.abs(lo), Math.abs(hi));
    }

    public boolean contains(long x) {
        return x >= lo && x <= hi;
    }
}
