package io.aitbc.zk.bn254;

/**
 * Montgomery's trick: inverts many field elements with one field inversion and three
 * multiplications per element. Zero elements are left as zero (and do not spoil the others).
 */
public final class BatchInversion {

    private BatchInversion() {
    }

    /**
     * Replaces {@code values[i]} (elements of {@code f.size()} longs, i &lt; count) by their inverses.
     *
     * @param prefix scratch of at least {@code count * f.size()} longs
     * @param tmp    scratch of at least {@code 2 * f.size()} longs
     */
    public static void invert(FieldOps f, long[] values, int count, long[] prefix, long[] tmp) {
        f.invertAll(values, count, prefix, tmp);
    }

    /** Montgomery's trick itself, for any field (the default of {@link FieldOps#invertAll}). */
    static void montgomeryTrick(FieldOps f, long[] values, int count, long[] prefix, long[] tmp) {
        int n = f.size();
        int acc = 0, next = n;
        f.setOne(tmp, acc);
        for (int i = 0; i < count; i++) {
            f.copy(tmp, acc, prefix, i * n);
            if (!f.isZero(values, i * n)) {
                f.mul(tmp, acc, values, i * n, tmp, acc);
            }
        }
        f.inverse(tmp, acc, tmp, acc);
        // now tmp[acc] = 1 / (product of the non-zero values); walk back
        for (int i = count - 1; i >= 0; i--) {
            int v = i * n;
            if (f.isZero(values, v)) {
                continue;
            }
            f.mul(tmp, acc, values, v, tmp, next);      // inverse of the prefix before i
            f.mul(tmp, acc, prefix, v, values, v);      // 1 / values[i]
            f.copy(tmp, next, tmp, acc);
        }
    }
}
