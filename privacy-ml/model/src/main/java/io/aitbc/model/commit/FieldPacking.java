package io.aitbc.model.commit;

import io.aitbc.model.quant.FixedPoint;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Packing of signed {@code b}-bit integers into BN254 field elements (docs/ZKML-SPEC.md §3): each value is
 * offset to {@code u = v + 2^(b-1)}, and {@code k = floor(248 / b)} of them go into one element,
 * little-endian ({@code e = sum u_i * 2^(b*i)}); the last element holds the rest (missing values are 0).
 */
public final class FieldPacking {
    public static final int ELEMENT_BITS = 248;

    private FieldPacking() {
    }

    /** Values per field element for width {@code bits}. */
    public static int valuesPerElement(int bits) {
        return ELEMENT_BITS / bits;
    }

    public static List<BigInteger> pack(long[] values, int bits) {
        if (bits < 1 || bits > 62) {
            throw new IllegalArgumentException("width must be in [1, 62] bits, got " + bits);
        }
        int k = valuesPerElement(bits);
        long offset = 1L << (bits - 1);
        List<BigInteger> out = new ArrayList<>((values.length + k - 1) / k);
        for (int start = 0; start < values.length; start += k) {
            BigInteger e = BigInteger.ZERO;
            for (int i = Math.min(values.length, start + k) - 1; i >= start; i--) {
                long v = values[i];
                if (!FixedPoint.fits(v, bits)) {
                    throw new IllegalArgumentException("value " + i + " = " + v + " does not fit " + bits + " signed bits");
                }
                e = e.shiftLeft(bits).add(BigInteger.valueOf(v + offset));
            }
            out.add(e);
        }
        return out;
    }
}
