package io.aitbc.zk.msm;

import io.aitbc.zk.bn254.BatchInversion;
import io.aitbc.zk.bn254.FieldOps;
import io.aitbc.zk.bn254.JacobianOps;
import java.util.Arrays;

/**
 * One Pippenger window: sorts the points into buckets by digit, then sums each bucket by pairwise
 * affine additions in rounds, all additions of a round sharing one field inversion (Montgomery's
 * trick: about 6 multiplications per addition instead of 11 for a mixed Jacobian one). Finally
 * sum_b b * bucket_b by running sums. Handles equal points (doubling) and opposite points (cancel).
 * A workspace for one thread, reused across windows.
 */
final class AffineBuckets {

    private static final byte ADD = 0, DOUBLE = 1, CANCEL = 2;

    private final JacobianOps ops;
    private final FieldOps f;
    private final int n;
    private final int aff;
    private final long[] pts;
    private final long[] den;
    private final long[] prefix;
    private final byte[] kind;
    private final int[] count;
    private final int[] start;
    private final long[] t;

    AffineBuckets(JacobianOps ops, int maxPoints, int buckets) {
        this.ops = ops;
        this.f = ops.field();
        this.n = f.size();
        this.aff = 2 * n;
        this.pts = new long[maxPoints * aff];
        int pairs = maxPoints / 2 + 1;
        this.den = new long[pairs * n];
        this.prefix = new long[pairs * n];
        this.kind = new byte[pairs];
        this.count = new int[buckets];
        this.start = new int[buckets + 1];
        this.t = new long[6 * n];
    }

    /**
     * The window's sum (Jacobian) of digit_j * P_j over the points {@code bases[idx[j]]} (affine,
     * never infinity), digits taken from {@code digits[dOff + j]}, j &lt; m.
     */
    long[] windowSum(long[] bases, int[] idx, int m, int[] digits, int dOff, int buckets) {
        sortIntoBuckets(bases, idx, m, digits, dOff, buckets);
        while (reduceRound(buckets)) {
            // each round at least halves every bucket's list
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

    /** Halves every bucket with two or more points; false when all hold at most one. */
    private boolean reduceRound(int buckets) {
        int pairs = 0;
        for (int b = 0; b < buckets; b++) {
            int s = start[b];
            for (int i = 0; i + 1 < count[b]; i += 2) {
                int p = (s + i) * aff, q = p + aff;
                int d = pairs * n;
                if (!f.equal(pts, p, pts, q)) {
                    kind[pairs] = ADD;
                    f.sub(pts, q, pts, p, den, d);
                } else if (f.equal(pts, p + n, pts, q + n) && !f.isZero(pts, p + n)) {
                    kind[pairs] = DOUBLE;
                    f.dbl(pts, p + n, den, d);
                } else {
                    kind[pairs] = CANCEL; // P + (-P), or 2P for a point of order 2
                    f.setZero(den, d);
                }
                pairs++;
            }
        }
        if (pairs == 0) {
            return false;
        }
        BatchInversion.invert(f, den, pairs, prefix, t);
        pairs = 0;
        for (int b = 0; b < buckets; b++) {
            int s = start[b], k = count[b];
            if (k < 2) {
                continue;
            }
            int out = 0;
            for (int i = 0; i + 1 < k; i += 2) {
                if (kind[pairs] != CANCEL) {
                    add((s + i) * aff, (s + i + 1) * aff, pairs, (s + out) * aff);
                    out++;
                }
                pairs++;
            }
            if ((k & 1) == 1) {
                System.arraycopy(pts, (s + k - 1) * aff, pts, (s + out) * aff, aff);
                out++;
            }
            count[b] = out;
        }
        return true;
    }

    /** pts[r] = pts[p] + pts[q] with the slope's inverted denominator den[pair]; r may equal p. */
    private void add(int p, int q, int pair, int r) {
        int lambda = 0, x3 = n, tmp = 2 * n;
        int inv = pair * n;
        if (kind[pair] == ADD) {
            f.sub(pts, q + n, pts, p + n, t, tmp);
        } else {
            f.square(pts, p, t, tmp);
            f.add(t, tmp, t, tmp, t, lambda);
            f.add(t, lambda, t, tmp, t, tmp);
        }
        f.mul(t, tmp, den, inv, t, lambda);
        f.square(t, lambda, t, x3);
        f.sub(t, x3, pts, p, t, x3);
        f.sub(t, x3, pts, q, t, x3);
        f.sub(pts, p, t, x3, t, tmp);
        f.mul(t, lambda, t, tmp, t, tmp);
        f.sub(t, tmp, pts, p + n, pts, r + n);
        f.copy(t, x3, pts, r);
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
