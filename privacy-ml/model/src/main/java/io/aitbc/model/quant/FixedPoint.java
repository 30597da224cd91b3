package io.aitbc.model.quant;

/** The integer primitives of the spec: rounding, range checks, floor rescaling. */
public final class FixedPoint {

    private FixedPoint() {
    }

    /**
     * {@code round half away from zero} of a real value, exactly (no {@code floor(x + 0.5)} double-rounding
     * error). Fails beyond the long range.
     */
    public static long roundHalfAwayFromZero(double v) {
        if (!Double.isFinite(v) || Math.abs(v) >= 0x1p62) {
            throw new QuantizationRangeException("value " + v + " cannot be quantized");
        }
        double a = Math.abs(v);
        double fl = Math.floor(a);
        long r = (long) fl + (a - fl >= 0.5 ? 1 : 0); // a - fl is exact
        return v < 0 ? -r : r;
    }

    /** {@code round(v * 2^f)}, checked against the signed {@code bits} range. */
    public static long quantize(double v, int fractionBits, int bits, String what) {
        long q = roundHalfAwayFromZero(Math.scalb(v, fractionBits));
        if (!fits(q, bits)) {
            throw new QuantizationRangeException(what + " = " + v + " quantizes to " + q + ", outside the signed "
                    + bits + "-bit range");
        }
        return q;
    }

    /** Whether {@code v} is in {@code [-2^(bits-1), 2^(bits-1))}. */
    public static boolean fits(long v, int bits) {
        long half = 1L << (bits - 1);
        return v >= -half && v < half;
    }

    /** {@code floor(a / 2^s)} (arithmetic shift), checked to fit the 32-bit activation range. */
    public static long rescale(long a, int s, String where) {
        long q = a >> s;
        if (!fits(q, QuantizationParams.ACTIVATION_BITS)) {
            throw new QuantizationRangeException(where + ": value " + q + " (= floor(" + a + " / 2^" + s
                    + ")) is outside the 32-bit activation range; the input is outside the model's range");
        }
        return q;
    }
}
