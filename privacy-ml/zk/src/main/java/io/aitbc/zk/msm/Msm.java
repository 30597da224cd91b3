package io.aitbc.zk.msm;

import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.JacobianOps;
import io.aitbc.zk.bn254.Montgomery256;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Multi-scalar multiplication sum k_i P_i (Pippenger) for G1 and G2 alike (through
 * {@link JacobianOps}). Scalars above r/2 are replaced by r - k with the point negated, so circom's
 * small negative values (r - 1, r - 2, ...) are as cheap as small positive ones; zero scalars and
 * infinity points are dropped. Signed c-bit windows, where c is chosen from the actual scalar sizes
 * (a zero digit costs nothing, so 0/1 witnesses and bits only touch the lowest window); each window
 * is summed with batch-affine bucket additions ({@link AffineBuckets}); windows run in parallel
 * over the cores and are combined by doubling.
 */
public final class Msm {

    /** Relative costs (in field multiplications) used to pick the window size. */
    private static final int BUCKET_ADD_COST = 8, BUCKET_SUM_COST = 27;
    private static final int MAX_WINDOW_BITS = 20;
    private static final int PARALLEL_MIN_TERMS = 256;

    private Msm() {
    }

    /**
     * @param ops         supplies one arithmetic instance per worker thread (G1 or G2)
     * @param bases       affine points, {@code ops.affineSize()} longs each ((0, 0) = infinity)
     * @param scalarsMont scalars as Fr Montgomery limbs, 4 each
     * @param n           number of terms
     * @return the Jacobian result ({@code ops.jacobianSize()} longs)
     */
    public static long[] multiExp(Supplier<JacobianOps> ops, long[] bases, long[] scalarsMont, int n) {
        JacobianOps main = ops.get();
        int aff = main.affineSize();
        // compact list of the terms that matter, with canonical scalars below r/2
        int[] idx = new int[n];
        long[] scalars = new long[4 * n];
        boolean[] negated = new boolean[n];
        int m = 0, maxBits = 0;
        long[] bitHistogram = new long[257];
        for (int i = 0; i < n; i++) {
            if (Montgomery256.isZero(scalarsMont, 4 * i) || main.isAffineInfinity(bases, i * aff)) {
                continue;
            }
            int s = 4 * m;
            Fr.ARITH.fromMontgomery(scalarsMont, 4 * i, scalars, s);
            negated[m] = Fr.ARITH.toMagnitude(scalars, s);
            int bits = bitLength(scalars, s);
            maxBits = Math.max(maxBits, bits);
            bitHistogram[bits]++;
            idx[m++] = i;
        }
        long[] result = new long[main.jacobianSize()];
        main.setInfinity(result, 0);
        if (m == 0) {
            return result;
        }
        int c = windowBits(bitHistogram, maxBits);
        int windows = (maxBits + 1 + c - 1) / c;
        SignedDigits digits = SignedDigits.recode(scalars, negated, m, c, windows);
        long[][] sums = new long[windows][];
        // small MSMs (a verifier's public inputs) stay on the caller's thread: a hand-off costs more than the work
        int workers = m < PARALLEL_MIN_TERMS ? 1 : Math.max(1, Math.min(windows, Runtime.getRuntime().availableProcessors()));
        AtomicInteger next = new AtomicInteger();
        final int terms = m;
        IntStream workerIds = IntStream.range(0, workers);
        (workers > 1 ? workerIds.parallel() : workerIds).forEach(worker -> {
            AffineBuckets buckets = new AffineBuckets(ops.get(), terms, digits.buckets());
            for (int w = next.getAndIncrement(); w < windows; w = next.getAndIncrement()) {
                sums[w] = buckets.windowSum(bases, idx, terms, digits.array(), digits.offset(w), digits.buckets());
            }
        });
        for (int w = windows - 1; w >= 0; w--) {
            for (int k = 0; k < c; k++) {
                main.dbl(result, 0, result, 0);
            }
            main.add(result, 0, sums[w], 0, result, 0);
        }
        return result;
    }

    /**
     * The window size minimising the estimated cost: bucket additions (one per non-zero digit, at
     * most ceil(bits / c) per scalar) plus the running sums over 2^(c-1) buckets in each window.
     *
     * @param bitHistogram number of scalars per bit length (index 0..256)
     */
    static int windowBits(long[] bitHistogram, int maxBits) {
        int best = 1;
        double bestCost = Double.MAX_VALUE;
        for (int c = 1; c <= MAX_WINDOW_BITS; c++) {
            int windows = (maxBits + 1 + c - 1) / c;
            double digits = 0;
            for (int b = 1; b < bitHistogram.length; b++) {
                digits += (double) bitHistogram[b] * ((b + c - 1) / c);
            }
            double cost = digits * BUCKET_ADD_COST + (double) windows * (1L << (c - 1)) * BUCKET_SUM_COST;
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    private static int bitLength(long[] a, int ai) {
        for (int k = 3; k >= 0; k--) {
            if (a[ai + k] != 0) {
                return 64 * k + 64 - Long.numberOfLeadingZeros(a[ai + k]);
            }
        }
        return 0;
    }
}
