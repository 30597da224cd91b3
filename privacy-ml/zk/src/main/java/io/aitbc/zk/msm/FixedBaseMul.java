package io.aitbc.zk.msm;

import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.JacobianOps;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * k_i * G for one fixed point G and many secret scalars (powers of tau): a comb of precomputed
 * affine tables (odd multiples of 2^(w j) G for every window j), so each product costs one mixed
 * addition per window and no doublings; regular digits and constant-time table reads
 * ({@link RegularDigits}). A chunk of scalars advances window by window in lockstep, its additions
 * done in affine coordinates with one shared inversion ({@link BatchAffine}); chunks run in parallel.
 */
public final class FixedBaseMul {

    private static final int W = 5;
    private static final int ENTRIES = 1 << (W - 1);
    private static final int CHUNK = 4096;

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
            int from = c * CHUNK, to = Math.min(count, from + CHUNK);
            combInLockstep(scalarsMont, from, to, out);
        });
        return out;
    }

    /**
     * The products for scalars from..to-1: per window, every scalar's table entry is selected and all
     * are added to their accumulators in one batch (affine, one shared inversion).
     */
    private void combInLockstep(long[] scalarsMont, int from, int to, long[] out) {
        JacobianOps o = ops.get();
        int len = to - from;
        int[][] digits = new int[len][windows];
        long[] k = new long[4];
        for (int i = 0; i < len; i++) {
            Fr.ARITH.fromMontgomery(scalarsMont, 4 * (from + i), k, 0);
            RegularDigits.recode(k, 0, W, digits[i]);
        }
        long[] acc = new long[len * aff], sel = new long[len * aff], negScratch = new long[aff / 2];
        int[] self = new int[len];
        for (int i = 0; i < len; i++) {
            self[i] = i * aff;
            RegularDigits.select(o.field(), table, 0, ENTRIES, digits[i][0], acc, i * aff, negScratch);
        }
        BatchAffine batch = new BatchAffine(o.field());
        for (int j = 1; j < windows; j++) {
            for (int i = 0; i < len; i++) {
                RegularDigits.select(o.field(), table, j * ENTRIES * aff, ENTRIES, digits[i][j], sel, i * aff, negScratch);
            }
            batch.add(acc, self, sel, self, acc, self, len);
        }
        System.arraycopy(acc, 0, out, from * aff, len * aff);
    }
}
