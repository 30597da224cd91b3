package io.aitbc.zk.msm;

import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.JacobianOps;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * k_i * G for one fixed point G and many secret scalars (powers of tau): a comb of precomputed
 * affine tables (odd multiples of 2^(w j) G for every window j), so each product costs one mixed
 * addition per window and no doublings; regular digits and constant-time table reads
 * ({@link RegularDigits}). Results are normalised to affine in batches (one inversion per chunk);
 * chunks run in parallel.
 */
public final class FixedBaseMul {

    private static final int W = 5;
    private static final int ENTRIES = 1 << (W - 1);
    private static final int CHUNK = 1024;

    private final Supplier<JacobianOps> ops;
    private final int windows = RegularDigits.count(W);
    private final int aff;
    private final long[] table;

    /** @param base affine point of order r ({@code ops.affineSize()} longs at 0) */
    public FixedBaseMul(Supplier<JacobianOps> ops, long[] base) {
        this.ops = ops;
        JacobianOps o = ops.get();
        this.aff = o.affineSize();
        int js = o.jacobianSize();
        long[] jac = new long[windows * ENTRIES * js];
        long[] b = new long[js], twice = new long[js];
        o.fromAffine(base, 0, b, 0);
        for (int j = 0; j < windows; j++) {
            int row = j * ENTRIES * js;
            o.copyJacobian(b, 0, jac, row);
            o.dbl(b, 0, twice, 0);
            for (int e = 1; e < ENTRIES; e++) {
                o.add(jac, row + (e - 1) * js, twice, 0, jac, row + e * js);
            }
            for (int k = 0; k < W; k++) {
                o.dbl(b, 0, b, 0);
            }
        }
        this.table = new long[windows * ENTRIES * aff];
        o.batchToAffine(jac, 0, windows * ENTRIES, table, 0);
    }

    /**
     * @param scalarsMont secret scalars as Fr Montgomery limbs (4 each)
     * @return the affine products, {@code aff} longs each
     */
    public long[] multiplyAll(long[] scalarsMont, int count) {
        long[] out = new long[count * aff];
        int chunks = (count + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            JacobianOps o = ops.get();
            int from = c * CHUNK, to = Math.min(count, from + CHUNK);
            int js = o.jacobianSize();
            long[] jac = new long[(to - from) * js];
            long[] k = new long[4], entry = new long[aff], negScratch = new long[aff / 2];
            int[] digits = new int[windows];
            for (int i = from; i < to; i++) {
                Fr.ARITH.fromMontgomery(scalarsMont, 4 * i, k, 0);
                RegularDigits.recode(k, 0, W, digits);
                int acc = (i - from) * js;
                RegularDigits.select(o.field(), table, 0, ENTRIES, digits[0], entry, negScratch);
                o.fromAffine(entry, 0, jac, acc);
                for (int j = 1; j < windows; j++) {
                    RegularDigits.select(o.field(), table, j * ENTRIES * aff, ENTRIES, digits[j], entry, negScratch);
                    o.addMixed(jac, acc, entry, 0, jac, acc);
                }
            }
            o.batchToAffine(jac, 0, to - from, out, from * aff);
        });
        return out;
    }
}
