package io.aitbc.fhe.ring;

/**
 * Negacyclic number-theoretic transform over Z_q[X]/(X^N+1) for one prime q = 1 mod 2N.
 *
 * <p>Forward: Cooley-Tukey with powers of a primitive 2N-th root psi in bit-reversed order, so the
 * output is in bit-reversed order: {@code out[j] = a(psi^(2*brv(j)+1))}. Inverse: Gentleman-Sande,
 * bit-reversed in, natural out. Butterflies are Harvey's lazy ones with Shoup multiplications; values
 * stay below 4q (hence q below 2^61) and are fully reduced only at the end.
 */
public final class NttTable {

    private final Modulus modulus;
    private final int n;
    private final int logN;
    private final long psi;
    private final long[] psiRev;
    private final long[] psiRevShoup;
    private final long[] psiInvRev;
    private final long[] psiInvRevShoup;
    private final long nInv;
    private final long nInvShoup;
    /** psiInvRev[1] * n^-1: the last inverse stage folds the scaling by 1/N into its twiddle. */
    private final long lastTwiddle;
    private final long lastTwiddleShoup;

    public NttTable(Modulus modulus, int n) {
        if (n < 2 || Integer.bitCount(n) != 1) throw new IllegalArgumentException("N must be a power of two >= 2: " + n);
        this.modulus = modulus;
        this.n = n;
        this.logN = Integer.numberOfTrailingZeros(n);
        this.psi = Primes.primitiveRoot2N(modulus, n);
        long psiInv = modulus.inverse(psi);
        psiRev = new long[n];
        psiRevShoup = new long[n];
        psiInvRev = new long[n];
        psiInvRevShoup = new long[n];
        long pw = 1;
        long pwInv = 1;
        for (int i = 0; i < n; i++) {
            int r = bitReverse(i, logN);
            psiRev[r] = pw;
            psiInvRev[r] = pwInv;
            pw = modulus.mul(pw, psi);
            pwInv = modulus.mul(pwInv, psiInv);
        }
        for (int i = 0; i < n; i++) {
            psiRevShoup[i] = modulus.shoup(psiRev[i]);
            psiInvRevShoup[i] = modulus.shoup(psiInvRev[i]);
        }
        nInv = modulus.inverse(n);
        nInvShoup = modulus.shoup(nInv);
        lastTwiddle = modulus.mul(psiInvRev[1], nInv);
        lastTwiddleShoup = modulus.shoup(lastTwiddle);
    }

    public Modulus modulus() { return modulus; }

    public int n() { return n; }

    /** The primitive 2N-th root of unity used by this table. */
    public long psi() { return psi; }

    public static int bitReverse(int x, int bits) {
        return bits == 0 ? 0 : Integer.reverse(x) >>> (32 - bits);
    }

    /**
     * In-place forward transform; input in [0, q) (or lazily in [0, 4q)), output in [0, q). Stages are
     * fused in pairs (radix 4: four values stay in registers for two butterfly levels), the last stage
     * carries the final reduction.
     */
    public void forward(long[] a) {
        final long q = modulus.value();
        final long twoQ = 2 * q;
        final int half = n >>> 1;
        int m = 1;
        int t = half;
        while (2 * m < half) { // stages m and 2m, both before the last one
            final int h = t >>> 1;
            for (int i = 0; i < m; i++) {
                final long w1 = psiRev[m + i], w1p = psiRevShoup[m + i];
                final long w2 = psiRev[2 * m + 2 * i], w2p = psiRevShoup[2 * m + 2 * i];
                final long w3 = psiRev[2 * m + 2 * i + 1], w3p = psiRevShoup[2 * m + 2 * i + 1];
                final int j1 = 2 * i * t;
                final int j2 = j1 + h;
                for (int j = j1; j < j2; j++) {
                    long x0 = a[j], x1 = a[j + h], x2 = a[j + t], x3 = a[j + t + h];
                    if (x0 >= twoQ) x0 -= twoQ;
                    if (x1 >= twoQ) x1 -= twoQ;
                    long v2 = x2 * w1 - Math.unsignedMultiplyHigh(x2, w1p) * q;
                    long v3 = x3 * w1 - Math.unsignedMultiplyHigh(x3, w1p) * q;
                    long y0 = x0 + v2, y2 = x0 - v2 + twoQ, y1 = x1 + v3, y3 = x1 - v3 + twoQ;
                    if (y0 >= twoQ) y0 -= twoQ;
                    if (y2 >= twoQ) y2 -= twoQ;
                    long u1 = y1 * w2 - Math.unsignedMultiplyHigh(y1, w2p) * q;
                    long u3 = y3 * w3 - Math.unsignedMultiplyHigh(y3, w3p) * q;
                    a[j] = y0 + u1;
                    a[j + h] = y0 - u1 + twoQ;
                    a[j + t] = y2 + u3;
                    a[j + t + h] = y2 - u3 + twoQ;
                }
            }
            m <<= 2;
            t >>>= 2;
        }
        if (m < half) { // one radix-2 stage before the last
            for (int i = 0; i < m; i++) {
                final long w = psiRev[m + i], wp = psiRevShoup[m + i];
                final int j1 = 2 * i * t;
                final int j2 = j1 + t;
                for (int j = j1; j < j2; j++) {
                    long x = a[j];
                    if (x >= twoQ) x -= twoQ;
                    long y = a[j + t];
                    long v = y * w - Math.unsignedMultiplyHigh(y, wp) * q;
                    a[j] = x + v;
                    a[j + t] = x - v + twoQ;
                }
            }
        }
        // last stage (distance 1) with the final reduction to [0, q) folded in
        for (int i = 0; i < half; i++) {
            final long w = psiRev[half + i];
            final long wp = psiRevShoup[half + i];
            final int j = 2 * i;
            long x = a[j];
            if (x >= twoQ) x -= twoQ;
            long y = a[j + 1];
            long v = y * w - Math.unsignedMultiplyHigh(y, wp) * q;
            long u0 = x + v;
            long u1 = x - v + twoQ;
            if (u0 >= twoQ) u0 -= twoQ;
            if (u0 >= q) u0 -= q;
            if (u1 >= twoQ) u1 -= twoQ;
            if (u1 >= q) u1 -= q;
            a[j] = u0;
            a[j + 1] = u1;
        }
    }

    /** In-place inverse transform (including the factor 1/N); input in [0, 2q), output in [0, q). Radix 4 as above. */
    public void inverse(long[] a) {
        final long q = modulus.value();
        final long twoQ = 2 * q;
        int t = 1;
        int m = n;
        while (m / 2 > 2) { // stages m and m/2, both above the last one (m = 2)
            final int h = m >>> 1;
            final int h2 = h >>> 1;
            for (int k = 0; k < h2; k++) {
                final long wa = psiInvRev[h + 2 * k], wap = psiInvRevShoup[h + 2 * k];
                final long wb = psiInvRev[h + 2 * k + 1], wbp = psiInvRevShoup[h + 2 * k + 1];
                final long wc = psiInvRev[h2 + k], wcp = psiInvRevShoup[h2 + k];
                final int j1 = 4 * k * t;
                final int j2 = j1 + t;
                for (int j = j1; j < j2; j++) {
                    long x0 = a[j], x1 = a[j + t], x2 = a[j + 2 * t], x3 = a[j + 3 * t];
                    long s0 = x0 + x1;
                    if (s0 >= twoQ) s0 -= twoQ;
                    long e0 = x0 - x1 + twoQ;
                    long d0 = e0 * wa - Math.unsignedMultiplyHigh(e0, wap) * q;
                    long s1 = x2 + x3;
                    if (s1 >= twoQ) s1 -= twoQ;
                    long e1 = x2 - x3 + twoQ;
                    long d1 = e1 * wb - Math.unsignedMultiplyHigh(e1, wbp) * q;
                    long y0 = s0 + s1;
                    if (y0 >= twoQ) y0 -= twoQ;
                    long f0 = s0 - s1 + twoQ;
                    long y1 = d0 + d1;
                    if (y1 >= twoQ) y1 -= twoQ;
                    long f1 = d0 - d1 + twoQ;
                    a[j] = y0;
                    a[j + t] = y1;
                    a[j + 2 * t] = f0 * wc - Math.unsignedMultiplyHigh(f0, wcp) * q;
                    a[j + 3 * t] = f1 * wc - Math.unsignedMultiplyHigh(f1, wcp) * q;
                }
            }
            m >>>= 2;
            t <<= 2;
        }
        if (m > 2) { // one radix-2 stage above the last
            final int h = m >>> 1;
            int j1 = 0;
            for (int i = 0; i < h; i++) {
                final long w = psiInvRev[h + i];
                final long wp = psiInvRevShoup[h + i];
                final int j2 = j1 + t;
                for (int j = j1; j < j2; j++) {
                    long u = a[j];
                    long v = a[j + t];
                    long s = u + v;
                    if (s >= twoQ) s -= twoQ;
                    long d = u - v + twoQ;
                    a[j] = s;
                    a[j + t] = d * w - Math.unsignedMultiplyHigh(d, wp) * q;
                }
                j1 += 2 * t;
            }
        }
        // last stage (m = 2): one butterfly group spanning the whole array, scaled by 1/N
        final int half = n >>> 1;
        for (int j = 0; j < half; j++) {
            long u = a[j];
            long v = a[j + half];
            long s = u + v;
            long d = u - v + twoQ;
            a[j] = modulus.mulShoup(s, nInv, nInvShoup);
            a[j + half] = modulus.mulShoup(d, lastTwiddle, lastTwiddleShoup);
        }
    }
}
