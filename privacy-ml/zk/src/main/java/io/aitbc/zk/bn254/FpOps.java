package io.aitbc.zk.bn254;

/** {@link FieldOps} for the base field Fp (stateless, shareable). */
public final class FpOps implements FieldOps {

    public static final FpOps INSTANCE = new FpOps();
    private static final Montgomery256 F = Fp.ARITH;

    private FpOps() {
    }

    @Override
    public int size() {
        return 4;
    }

    @Override
    public void mul(long[] a, int ai, long[] b, int bi, long[] r, int ri) {
        F.mul(a, ai, b, bi, r, ri);
    }

    @Override
    public void square(long[] a, int ai, long[] r, int ri) {
        F.mul(a, ai, a, ai, r, ri);
    }

    @Override
    public void add(long[] a, int ai, long[] b, int bi, long[] r, int ri) {
        F.add(a, ai, b, bi, r, ri);
    }

    @Override
    public void sub(long[] a, int ai, long[] b, int bi, long[] r, int ri) {
        F.sub(a, ai, b, bi, r, ri);
    }

    @Override
    public void neg(long[] a, int ai, long[] r, int ri) {
        F.neg(a, ai, r, ri);
    }

    @Override
    public void inverse(long[] a, int ai, long[] r, int ri) {
        F.inverse(a, ai, r, ri);
    }

    @Override
    public void setOne(long[] r, int ri) {
        F.setOne(r, ri);
    }

    @Override
    public boolean isZero(long[] a, int ai) {
        return Montgomery256.isZero(a, ai);
    }
}
