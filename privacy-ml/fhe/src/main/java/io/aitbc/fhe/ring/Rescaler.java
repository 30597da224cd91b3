package io.aitbc.fhe.ring;

/**
 * Division by the last prime with rounding: for x with limbs 0..l, returns round(x / q_l) with limbs
 * 0..l-1. Works in the NTT domain (the CKKS rescale) or the coefficient domain.
 */
public final class Rescaler {

    private final Ring ring;
    /** [l][i] = q_l^-1 mod q_i for i < l, and its Shoup constant. */
    private final long[][] lastInverse;
    private final long[][] lastInverseShoup;

    public Rescaler(Ring ring) {
        this.ring = ring;
        int k = ring.size();
        lastInverse = new long[k][];
        lastInverseShoup = new long[k][];
        for (int l = 1; l < k; l++) {
            lastInverse[l] = new long[l];
            lastInverseShoup[l] = new long[l];
            for (int i = 0; i < l; i++) {
                Modulus qi = ring.modulus(i);
                lastInverse[l][i] = qi.inverse(qi.reduce(ring.modulus(l).value()));
                lastInverseShoup[l][i] = qi.shoup(lastInverse[l][i]);
            }
        }
    }

    /**
     * out = round(a / q_last) where q_last is the prime of a's last limb; {@code out} has one limb
     * fewer than {@code a} and may share arrays with it.
     */
    public void divideRoundByLast(RnsPoly a, RnsPoly out, boolean nttDomain) {
        final int l = a.limbCount() - 1;
        if (l < 1) throw new IllegalArgumentException("cannot rescale a polynomial with a single limb");
        if (out.limbCount() != l) throw new IllegalArgumentException("output must have " + l + " limbs");
        final int n = ring.n();
        final Modulus ql = ring.modulus(l);
        final long half = ql.value() >>> 1;
        final long[] last = a.limb(l).clone();
        if (nttDomain) ring.ntt(l).inverse(last);
        for (int c = 0; c < n; c++) { // [x + half]_ql, branch-free
            long d = last[c] + half - ql.value();
            last[c] = d + ((d >> 63) & ql.value());
        }
        ring.forEachLimb(l, i -> {
            Modulus qi = ring.modulus(i);
            long q = qi.value();
            long halfModQi = qi.reduce(half);
            long[] r = new long[n];
            for (int c = 0; c < n; c++) { // centered x mod ql, as a residue mod q_i
                long d = qi.reduceUnsigned(last[c]) - halfModQi;
                r[c] = d + ((d >> 63) & q);
            }
            if (nttDomain) ring.ntt(i).forward(r);
            long w = lastInverse[l][i], wp = lastInverseShoup[l][i];
            long[] x = a.limb(i), z = out.limb(i);
            for (int c = 0; c < n; c++) {
                long d = x[c] - r[c];
                z[c] = qi.mulShoup(d + ((d >> 63) & q), w, wp);
            }
        });
    }
}
