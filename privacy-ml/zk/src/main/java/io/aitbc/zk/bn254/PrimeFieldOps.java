package io.aitbc.zk.bn254;

/** {@link FieldOps} for a prime field (Fp or Fr) on its Montgomery arithmetic (stateless, shareable). */
public final class PrimeFieldOps implements FieldOps {

    public static final PrimeFieldOps FP = new PrimeFieldOps(Fp.ARITH);
    public static final PrimeFieldOps FR = new PrimeFieldOps(Fr.ARITH);

    private final Montgomery256 arith;

    private PrimeFieldOps(Montgomery256 arithmetic) {
        this.arith = arithmetic;
    }

    @Override
    public int size() {
        return 4;
    }

    @Override
    public void mul(long[] a, int ai, long[] b, int bi, long[] r, int ri) {
        arith.mul(a, ai, b, bi, r, ri);
    }

    @Override
    public void square(long[] a, int ai, long[] r, int ri) {
        arith.square(a, ai, r, ri);
    }

    @Override
    public void add(long[] a, int ai, long[] b, int bi, long[] r, int ri) {
        arith.add(a, ai, b, bi, r, ri);
    }

    @Override
    public void sub(long[] a, int ai, long[] b, int bi, long[] r, int ri) {
        arith.sub(a, ai, b, bi, r, ri);
    }

    @Override
    public void neg(long[] a, int ai, long[] r, int ri) {
        arith.neg(a, ai, r, ri);
    }

    @Override
    public void inverse(long[] a, int ai, long[] r, int ri) {
        arith.inverse(a, ai, r, ri);
    }

    @Override
    public void setOne(long[] r, int ri) {
        arith.setOne(r, ri);
    }

    @Override
    public boolean isZero(long[] a, int ai) {
        return Montgomery256.isZero(a, ai);
    }
}
