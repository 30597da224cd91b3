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

    /** In-place forward transform; input in [0, q) (or lazily in [0, 4q)), output in [0, q). */
    public void forward(long[] a) {
        final long q = modulus.value();
        final long twoQ = 2 * q;
        final int half = n >>> 1;
        int t = n;
        for (int m = 1; m < half; m <<= 1) {
            t >>>= 1;
            for (int i = 0; i < m; i++) {
                final long w = psiRev[m + i];
                final long wp = psiRevShoup[m + i];
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
        // last stage (t = 1) with the final reduction to [0, q) folded in
        for (int i = 0; i < half; i++) {
            final long w = psiRev[half + i];
            final long wp = psiRevShoup[half + i];
            final int j = 2 * i;
            long x = a[j];
            if (x >= twoQ) x -= twoQ;
            long y = a[j + 1];
            long v = y * w - Math.unsignedMultiplyHigh(y, wp) * q;
            long u0 = x + v;          // [0, 4q)
            long u1 = x - v + twoQ;   // [0, 4q)
            if (u0 >= twoQ) u0 -= twoQ;
            if (u0 >= q) u0 -= q;
            if (u1 >= twoQ) u1 -= twoQ;
            if (u1 >= q) u1 -= q;
            a[j] = u0;
            a[j + 1] = u1;
        }
    }

    /** In-place inverse transform (including the factor 1/N); input in [0, 2q), output in [0, q). */
    public void inverse(long[] a) {
        final long q = modulus.value();
        final long twoQ = 2 * q;
        int t = 1;
        for (int m = n; m > 2; m >>>= 1) {
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
            t <<= 1;
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
