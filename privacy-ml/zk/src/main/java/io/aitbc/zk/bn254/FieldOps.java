package io.aitbc.zk.bn254;

/**
 * Arithmetic of Fp or Fp2 on raw Montgomery limbs at offsets, so that curve formulas are written
 * once for G1 and G2. Implementations may hold scratch buffers: one instance per thread.
 */
public interface FieldOps {

    /** Number of longs per element (4 for Fp, 8 for Fp2). */
    int size();

    void mul(long[] a, int ai, long[] b, int bi, long[] r, int ri);

    void square(long[] a, int ai, long[] r, int ri);

    void add(long[] a, int ai, long[] b, int bi, long[] r, int ri);

    void sub(long[] a, int ai, long[] b, int bi, long[] r, int ri);

    void neg(long[] a, int ai, long[] r, int ri);

    void inverse(long[] a, int ai, long[] r, int ri);

    void setOne(long[] r, int ri);

    /**
     * Replaces {@code values[i]} (i &lt; count) by their inverses, zeros staying zero; {@code prefix} holds
     * at least {@code count * size()} longs and {@code tmp} at least {@code 2 * size()}.
     */
    default void invertAll(long[] values, int count, long[] prefix, long[] tmp) {
        BatchInversion.montgomeryTrick(this, values, count, prefix, tmp);
    }

    default void dbl(long[] a, int ai, long[] r, int ri) {
        add(a, ai, a, ai, r, ri);
    }

    default void setZero(long[] r, int ri) {
        java.util.Arrays.fill(r, ri, ri + size(), 0L);
    }

    default boolean isZero(long[] a, int ai) {
        for (int i = 0; i < size(); i++) {
            if (a[ai + i] != 0) {
                return false;
            }
        }
        return true;
    }

    default boolean equal(long[] a, int ai, long[] b, int bi) {
        return java.util.Arrays.equals(a, ai, ai + size(), b, bi, bi + size());
    }

    default void copy(long[] a, int ai, long[] r, int ri) {
        System.arraycopy(a, ai, r, ri, size());
    }
}
