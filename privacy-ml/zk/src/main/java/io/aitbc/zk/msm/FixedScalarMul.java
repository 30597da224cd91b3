package io.aitbc.zk.msm;

import io.aitbc.zk.bn254.JacobianOps;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * k * P_i for one secret scalar and many points of order r (a phase-2 contribution divides the C and
 * H points by delta): regular signed 4-bit windows, the same sequence of doublings and mixed
 * additions for every scalar; per-point tables of odd multiples normalised to affine in batches,
 * read in constant time ({@link RegularDigits}). Chunks of points run in parallel.
 */
public final class FixedScalarMul {

    private static final int W = 4;
    private static final int ENTRIES = 1 << (W - 1);
    private static final int CHUNK = 256;

    private FixedScalarMul() {
    }

    /**
     * @param points affine points ((0, 0) = infinity), {@code ops.affineSize()} longs each
     * @param scalar canonical secret scalar below r (4 little-endian limbs)
     * @return the affine products
     */
    public static long[] multiplyAll(Supplier<JacobianOps> ops, long[] points, int count, long[] scalar) {
        int windows = RegularDigits.count(W);
        int[] digits = new int[windows];
        RegularDigits.recode(scalar, 0, W, digits);
        int aff = ops.get().affineSize();
        long[] out = new long[count * aff];
        int chunks = (count + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            JacobianOps o = ops.get();
            int js = o.jacobianSize();
            int from = c * CHUNK, to = Math.min(count, from + CHUNK), len = to - from;
            // tables of P, 3P, ..., 15P per point, then affine
            long[] jac = new long[len * ENTRIES * js];
            long[] twice = new long[js];
            for (int i = 0; i < len; i++) {
                int row = i * ENTRIES * js;
                o.fromAffine(points, (from + i) * aff, jac, row);
                o.dbl(jac, row, twice, 0);
                for (int e = 1; e < ENTRIES; e++) {
                    o.add(jac, row + (e - 1) * js, twice, 0, jac, row + e * js);
                }
            }
            long[] tables = new long[len * ENTRIES * aff];
            o.batchToAffine(jac, 0, len * ENTRIES, tables, 0);
            long[] entry = new long[aff], negScratch = new long[aff / 2];
            for (int i = 0; i < len; i++) {
                int t = i * ENTRIES * aff, acc = i * js;
                RegularDigits.select(o.field(), tables, t, ENTRIES, digits[windows - 1], entry, negScratch);
                o.fromAffine(entry, 0, jac, acc);
                for (int j = windows - 2; j >= 0; j--) {
                    for (int k = 0; k < W; k++) {
                        o.dbl(jac, acc, jac, acc);
                    }
                    RegularDigits.select(o.field(), tables, t, ENTRIES, digits[j], entry, negScratch);
                    o.addMixed(jac, acc, entry, 0, jac, acc);
                }
            }
            o.batchToAffine(jac, 0, len, out, from * aff);
        });
        return out;
    }
}
