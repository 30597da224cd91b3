package io.aitbc.zk.msm;

import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.JacobianOps;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Multi-scalar multiplication sum k_i P_i (Pippenger): signed c-bit windows (buckets for digits
 * 1..2^(c-1), negative digits add the negated point), buckets filled with mixed Jacobian+affine
 * additions, windows processed in parallel over the cores and combined by doubling. Scalars 0 are
 * skipped and scalars 1 are summed directly (circuits have many bits). Works for G1 and G2 alike
 * through {@link JacobianOps}.
 */
public final class Msm {

    private Msm() {
    }

    /**
     * @param ops       supplies one arithmetic instance per worker thread (G1 or G2)
     * @param bases     affine points, {@code ops.affineSize()} longs each
     * @param scalarsMont scalars as Fr Montgomery limbs, 4 each
     * @param n         number of terms
     * @return the Jacobian result ({@code ops.jacobianSize()} longs)
     */
    public static long[] multiExp(Supplier<JacobianOps> ops, long[] bases, long[] scalarsMont, int n) {
        JacobianOps main = ops.get();
        int aff = main.affineSize();
        int js = main.jacobianSize();
        // canonical scalars, and the indices that need the bucket method
        long[] scalars = new long[4 * n];
        int[] general = new int[n];
        int nGeneral = 0;
        long[] ones = new long[js];
        main.setInfinity(ones, 0);
        for (int i = 0; i < n; i++) {
            if (io.aitbc.zk.bn254.Montgomery256.isZero(scalarsMont, 4 * i)) {
                continue;
            }
            if (Fr.ARITH.isOne(scalarsMont, 4 * i)) {
                main.addMixed(ones, 0, bases, i * aff, ones, 0);
                continue;
            }
            Fr.ARITH.fromMontgomery(scalarsMont, 4 * i, scalars, 4 * i);
            general[nGeneral++] = i;
        }
        if (nGeneral == 0) {
            return ones;
        }
        int c = windowBits(nGeneral);
        int windows = (254 + c) / c + 1; // room for the final carry of the signed recoding
        int[][] digits = recode(scalars, general, nGeneral, c, windows);
        long[][] windowSums = new long[windows][];
        int threads = Math.max(1, Math.min(windows, Runtime.getRuntime().availableProcessors()));
        final int ng = nGeneral;
        IntStream.range(0, threads).parallel().forEach(tid -> {
            JacobianOps o = ops.get();
            long[] buckets = new long[(1 << (c - 1)) * js];
            long[] neg = new long[aff];
            for (int w = tid; w < windows; w += threads) {
                windowSums[w] = window(o, bases, general, ng, digits[w], c, buckets, neg);
            }
        });
        long[] acc = new long[js];
        main.setInfinity(acc, 0);
        for (int w = windows - 1; w >= 0; w--) {
            for (int k = 0; k < c; k++) {
                main.dbl(acc, 0, acc, 0);
            }
            main.add(acc, 0, windowSums[w], 0, acc, 0);
        }
        main.add(acc, 0, ones, 0, acc, 0);
        return acc;
    }

    static int windowBits(int n) {
        if (n < 32) {
            return 3;
        }
        int log = 31 - Integer.numberOfLeadingZeros(n);
        return Math.max(4, Math.min(16, log - 2));
    }

    /** Signed digits in [-2^(c-1), 2^(c-1)) per window, digits[w][j] for the j-th general scalar. */
    private static int[][] recode(long[] scalars, int[] idx, int n, int c, int windows) {
        int[][] d = new int[windows][n];
        int half = 1 << (c - 1), full = 1 << c, mask = full - 1;
        for (int j = 0; j < n; j++) {
            int base = 4 * idx[j];
            int carry = 0;
            for (int w = 0; w < windows; w++) {
                int v = extract(scalars, base, w * c, c) & mask;
                v += carry;
                if (v >= half) {
                    v -= full;
                    carry = 1;
                } else {
                    carry = 0;
                }
                d[w][j] = v;
            }
        }
        return d;
    }

    private static int extract(long[] s, int base, int bit, int c) {
        if (bit >= 256) {
            return 0;
        }
        int limb = bit >>> 6, off = bit & 63;
        long v = s[base + limb] >>> off;
        if (off + c > 64 && limb < 3) {
            v |= s[base + limb + 1] << (64 - off);
        }
        return (int) (v & ((1L << c) - 1));
    }

    private static long[] window(JacobianOps o, long[] bases, int[] idx, int n, int[] digits, int c, long[] buckets, long[] neg) {
        int aff = o.affineSize(), js = o.jacobianSize(), nb = 1 << (c - 1);
        for (int b = 0; b < nb; b++) {
            o.setInfinity(buckets, b * js);
        }
        int coord = aff / 2;
        for (int j = 0; j < n; j++) {
            int d = digits[j];
            if (d == 0) {
                continue;
            }
            int p = idx[j] * aff;
            if (d > 0) {
                o.addMixed(buckets, (d - 1) * js, bases, p, buckets, (d - 1) * js);
            } else {
                System.arraycopy(bases, p, neg, 0, coord);
                o.field().neg(bases, p + coord, neg, coord);
                o.addMixed(buckets, (-d - 1) * js, neg, 0, buckets, (-d - 1) * js);
            }
        }
        // sum_b b * bucket[b] by running sums from the top
        long[] running = new long[js], total = new long[js];
        o.setInfinity(running, 0);
        o.setInfinity(total, 0);
        for (int b = nb - 1; b >= 0; b--) {
            o.add(running, 0, buckets, b * js, running, 0);
            o.add(total, 0, running, 0, total, 0);
        }
        return total;
    }
}
