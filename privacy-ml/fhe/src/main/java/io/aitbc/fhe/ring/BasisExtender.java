package io.aitbc.fhe.ring;

/**
 * Fast RNS base conversion from a basis A = {a_0..a_{k-1}} to a basis B = {b_0..b_{m-1}}, in the
 * coefficient domain: x -> sum_i [x_i * (A/a_i)^-1]_{a_i} * (A/a_i) mod b_j.
 *
 * <p>The plain sum equals x + u*A for some 0 <= u < k. A floating-point estimate of u (the sum of
 * [x_i*(A/a_i)^-1]/a_i, rounded) removes it, which gives the centered representative of x exactly
 * whenever |x| < A/2 by a margin larger than k*2^-52*A; near +-A/2 it may be off by one A, which the
 * callers (key switching, BFV multiplication inputs) tolerate as a slightly larger lift.
 */
public final class BasisExtender {

    /** Products of two primes below 2^61 may be summed this many times before a 128-bit reduction. */
    private static final int LAZY_TERMS = 7;

    private final Modulus[] from;
    private final Modulus[] to;
    private final long[] hatInv;       // (A/a_i)^-1 mod a_i
    private final long[] hatInvShoup;
    private final long[][] hatModTo;   // [j][i] = (A/a_i) mod b_j
    private final long[][] productModTo; // [j][u] = u*A mod b_j for u in 0..k
    private final double[] inverseFrom;  // 1/a_i

    public BasisExtender(Modulus[] from, Modulus[] to) {
        this.from = from.clone();
        this.to = to.clone();
        int k = from.length;
        hatInv = new long[k];
        hatInvShoup = new long[k];
        inverseFrom = new double[k];
        for (int i = 0; i < k; i++) {
            Modulus ai = from[i];
            long hat = 1;
            for (int l = 0; l < k; l++) if (l != i) hat = ai.mul(hat, ai.reduce(from[l].value()));
            hatInv[i] = ai.inverse(hat);
            hatInvShoup[i] = ai.shoup(hatInv[i]);
            inverseFrom[i] = 1.0 / ai.value();
        }
        hatModTo = new long[to.length][k];
        productModTo = new long[to.length][k + 1];
        for (int j = 0; j < to.length; j++) {
            Modulus bj = to[j];
            long product = 1;
            for (int i = 0; i < k; i++) {
                long hat = 1;
                for (int l = 0; l < k; l++) if (l != i) hat = bj.mul(hat, bj.reduce(from[l].value()));
                hatModTo[j][i] = hat;
                product = bj.mul(product, bj.reduce(from[i].value()));
            }
            for (int u = 0; u <= k; u++) productModTo[j][u] = bj.mul(product, u);
        }
    }

    public int fromSize() { return from.length; }

    public int toSize() { return to.length; }

    /** One source prime a (the common case of one special prime or one-prime digits): the centered x mod b_j. */
    private void convertSingleCentered(long[] x, long[][] out, Parallelism parallelism) {
        final long a = from[0].value();
        final long half = a >>> 1;
        parallelism.forEach(to.length, j -> {
            Modulus bj = to[j];
            long b = bj.value();
            long[] z = out[j];
            for (int c = 0; c < x.length; c++) {
                // branch-free (the sign of random residues is unpredictable): |x| reduced, then negated if x < 0
                long v = x[c];
                long negative = (half - v) >> 63;
                long r = bj.reduceUnsigned(v + (negative & (a - 2 * v)));
                long signed = r + (negative & (b - 2 * r));
                z[c] = signed - (b & ((b - 1 - signed) >> 63)); // b (from r = 0) becomes 0
            }
        });
    }

    /**
     * Converts the limbs {@code in[0..k)} (residues modulo A, coefficient domain) into
     * {@code out[0..m)} (residues modulo B). {@code scratch} holds k arrays of N longs (unused, and may be
     * null, for a single centered source prime).
     *
     * @param centered remove the overflow u*A with the floating-point estimate (see the class comment)
     */
    public void convert(long[][] in, long[][] out, long[][] scratch, boolean centered, Parallelism parallelism) {
        final int k = from.length;
        final int n = in[0].length;
        if (k == 1 && centered) {
            convertSingleCentered(in[0], out, parallelism);
            return;
        }
        parallelism.forEach(k, i -> {
            Modulus ai = from[i];
            long[] x = in[i], y = scratch[i];
            long w = hatInv[i], wp = hatInvShoup[i];
            for (int c = 0; c < n; c++) y[c] = ai.mulShoup(x[c], w, wp);
        });
        final long[] overflow = centered ? new long[n] : null;
        if (centered) {
            for (int c = 0; c < n; c++) {
                double s = 0;
                for (int i = 0; i < k; i++) s += scratch[i][c] * inverseFrom[i];
                overflow[c] = (long) Math.floor(s + 0.5);
            }
        }
        parallelism.forEach(to.length, j -> {
            Modulus bj = to[j];
            long bq = bj.value();
            long[] hat = hatModTo[j];
            long[] z = out[j];
            long[] corr = productModTo[j];
            for (int c = 0; c < n; c++) {
                long hi = 0, lo = 0;
                long acc = 0;
                int pending = 0;
                for (int i = 0; i < k; i++) {
                    long y = scratch[i][c];
                    long pl = y * hat[i];
                    long ph = Math.unsignedMultiplyHigh(y, hat[i]);
                    long nl = lo + pl;
                    hi += ph + (Long.compareUnsigned(nl, lo) < 0 ? 1 : 0);
                    lo = nl;
                    if (++pending == LAZY_TERMS) {
                        acc = bj.add(acc, bj.reduce128(hi, lo));
                        hi = 0;
                        lo = 0;
                        pending = 0;
                    }
                }
                long r = bj.add(acc, bj.reduce128(hi, lo));
                if (overflow != null) {
                    long d = r - corr[(int) overflow[c]];
                    r = d < 0 ? d + bq : d;
                }
                z[c] = r;
            }
        });
    }
}
