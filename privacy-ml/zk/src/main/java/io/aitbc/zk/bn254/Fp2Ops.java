package io.aitbc.zk.bn254;

/**
 * {@link FieldOps} for Fp2 = Fp[u]/(u^2 + 1); an element is (c0, c1) = 8 limbs, c0 first.
 * Holds scratch buffers: use one instance per thread ({@link #create()}).
 */
public final class Fp2Ops implements FieldOps {

    private static final Montgomery256 F = Fp.ARITH;
    private final long[] t = new long[16];
    /** Scratch for {@link #invertAll}, grown on demand. */
    private long[] norms = new long[0];

    private Fp2Ops() {
    }

    public static Fp2Ops create() {
        return new Fp2Ops();
    }

    @Override
    public int size() {
        return 8;
    }

    /** Karatsuba: c0 = a0 b0 - a1 b1, c1 = (a0 + a1)(b0 + b1) - a0 b0 - a1 b1. */
    @Override
    public void mul(long[] a, int ai, long[] b, int bi, long[] r, int ri) {
        long[] s = t;
        F.mul(a, ai, b, bi, s, 0);            // v0
        F.mul(a, ai + 4, b, bi + 4, s, 4);    // v1
        F.add(a, ai, a, ai + 4, s, 8);
        F.add(b, bi, b, bi + 4, s, 12);
        F.mul(s, 8, s, 12, s, 8);
        F.sub(s, 8, s, 0, s, 8);
        F.sub(s, 8, s, 4, r, ri + 4);
        F.sub(s, 0, s, 4, r, ri);
    }

    /** c0 = (a0 + a1)(a0 - a1), c1 = 2 a0 a1. */
    @Override
    public void square(long[] a, int ai, long[] r, int ri) {
        long[] s = t;
        F.add(a, ai, a, ai + 4, s, 0);
        F.sub(a, ai, a, ai + 4, s, 4);
        F.mul(a, ai, a, ai + 4, s, 8);
        F.mul(s, 0, s, 4, r, ri);
        F.add(s, 8, s, 8, r, ri + 4);
    }

    @Override
    public void add(long[] a, int ai, long[] b, int bi, long[] r, int ri) {
        F.add(a, ai, b, bi, r, ri);
        F.add(a, ai + 4, b, bi + 4, r, ri + 4);
    }

    @Override
    public void sub(long[] a, int ai, long[] b, int bi, long[] r, int ri) {
        F.sub(a, ai, b, bi, r, ri);
        F.sub(a, ai + 4, b, bi + 4, r, ri + 4);
    }

    @Override
    public void neg(long[] a, int ai, long[] r, int ri) {
        F.neg(a, ai, r, ri);
        F.neg(a, ai + 4, r, ri + 4);
    }

    /** 1/(a0 + a1 u) = (a0 - a1 u) / (a0^2 + a1^2). */
    @Override
    public void inverse(long[] a, int ai, long[] r, int ri) {
        long[] s = t;
        F.mul(a, ai, a, ai, s, 0);
        F.mul(a, ai + 4, a, ai + 4, s, 4);
        F.add(s, 0, s, 4, s, 0);
        F.inverse(s, 0, s, 0);
        F.mul(a, ai, s, 0, r, ri);
        F.mul(a, ai + 4, s, 0, s, 4);
        F.neg(s, 4, r, ri + 4);
    }

    /**
     * Through the norms: 1/(a0 + a1 u) = (a0 - a1 u) / (a0^2 + a1^2), with the norms inverted together
     * in Fp (7 Fp multiplications per element instead of 9 for the trick over Fp2).
     */
    @Override
    public void invertAll(long[] values, int count, long[] prefix, long[] tmp) {
        if (norms.length < 4 * count) {
            norms = new long[4 * count];
        }
        for (int i = 0; i < count; i++) {
            int v = 8 * i, o = 4 * i;
            F.square(values, v, norms, o);
            F.square(values, v + 4, t, 0);
            F.add(norms, o, t, 0, norms, o);
        }
        BatchInversion.montgomeryTrick(PrimeFieldOps.FP, norms, count, prefix, tmp);
        for (int i = 0; i < count; i++) {
            int v = 8 * i, o = 4 * i;
            F.mul(values, v, norms, o, values, v);
            F.mul(values, v + 4, norms, o, t, 0);
            F.neg(t, 0, values, v + 4);
        }
    }

    @Override
    public void setOne(long[] r, int ri) {
        F.setOne(r, ri);
        Montgomery256.setZero(r, ri + 4);
    }
}
