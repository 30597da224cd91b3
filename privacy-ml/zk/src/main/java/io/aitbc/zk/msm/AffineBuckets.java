package io.aitbc.zk.msm;

import io.aitbc.zk.bn254.FieldOps;
import io.aitbc.zk.bn254.JacobianOps;
import java.util.Arrays;

/**
 * One Pippenger window: sorts the points into buckets by digit, then sums each bucket by pairwise
 * affine additions in rounds, all additions of a round sharing one field inversion
 * ({@link BatchAffine}). Finally sum_b b * bucket_b by running sums. A workspace for one thread,
 * reused across windows.
 */
final class AffineBuckets {

    private final JacobianOps ops;
    private final FieldOps f;
    private final int n;
    private final int aff;
    private final long[] pts;
    private final BatchAffine adder;
    private final int[] first;
    private final int[] second;
    private final int[] target;
    private final int[] count;
    private final int[] start;

    AffineBuckets(JacobianOps ops, int maxPoints, int buckets) {
        this.ops = ops;
        this.f = ops.field();
        this.n = f.size();
        this.aff = 2 * n;
        this.pts = new long[maxPoints * aff];
        this.adder = new BatchAffine(f);
        int pairs = maxPoints / 2 + 1;
        this.first = new int[pairs];
        this.second = new int[pairs];
        this.target = new int[pairs];
        this.count = new int[buckets];
        this.start = new int[buckets + 1];
    }

    /**
     * The window's sum (Jacobian) of digit_j * P_j over the points {@code bases[idx[j]]} (affine,
     * never infinity), digits taken from {@code digits[dOff + j]}, j &lt; m.
     */
    long[] windowSum(long[] bases, int[] idx, int m, int[] digits, int dOff, int buckets) {
        sortIntoBuckets(bases, idx, m, digits, dOff, buckets);
        while (reduceRound(buckets)) {
            // each round halves every bucket's list
        }
        return weightedSum(buckets);
    }

    private void sortIntoBuckets(long[] bases, int[] idx, int m, int[] digits, int dOff, int buckets) {
        Arrays.fill(count, 0, buckets, 0);
        for (int j = 0; j < m; j++) {
            int d = digits[dOff + j];
            if (d != 0) {
                count[Math.abs(d) - 1]++;
            }
        }
        start[0] = 0;
        for (int b = 0; b < buckets; b++) {
            start[b + 1] = start[b] + count[b];
        }
        int[] cursor = Arrays.copyOf(start, buckets);
        for (int j = 0; j < m; j++) {
            int d = digits[dOff + j];
            if (d == 0) {
                continue;
            }
            int dst = cursor[Math.abs(d) - 1]++ * aff, src = idx[j] * aff;
            System.arraycopy(bases, src, pts, dst, n);
            if (d > 0) {
                System.arraycopy(bases, src + n, pts, dst + n, n);
            } else {
                f.neg(bases, src + n, pts, dst + n);
            }
        }
    }

    /**
     * Replaces the points s, s+1, ... of every bucket with two or more by the sums of consecutive pairs
     * (pair i to position s + i/2, an odd last point after them); false when all hold at most one.
     */
    private boolean reduceRound(int buckets) {
        int pairs = 0;
        for (int b = 0; b < buckets; b++) {
            int s = start[b];
            for (int i = 0; i + 1 < count[b]; i += 2) {
                first[pairs] = (s + i) * aff;
                second[pairs] = (s + i + 1) * aff;
                target[pairs] = (s + i / 2) * aff;
                pairs++;
            }
        }
        if (pairs == 0) {
            return false;
        }
        adder.add(pts, first, pts, second, pts, target, pairs);
        for (int b = 0; b < buckets; b++) {
            int s = start[b], k = count[b];
            if (k < 2) {
                continue;
            }
            if ((k & 1) == 1) {
                System.arraycopy(pts, (s + k - 1) * aff, pts, (s + k / 2) * aff, aff);
            }
            count[b] = (k + 1) / 2;
        }
        return true;
    }

    /** sum_b (b + 1) * bucket_b, by a running sum from the top bucket down. */
    private long[] weightedSum(int buckets) {
        int js = ops.jacobianSize();
        long[] running = new long[js], total = new long[js];
        ops.setInfinity(running, 0);
        ops.setInfinity(total, 0);
        for (int b = buckets - 1; b >= 0; b--) {
            if (count[b] == 1) {
                ops.addMixed(running, 0, pts, start[b] * aff, running, 0);
            }
            ops.add(total, 0, running, 0, total, 0);
        }
        return total;
    }
}
