package io.aitbc.zk.fft;

import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.Montgomery256;
import java.math.BigInteger;
import java.util.stream.IntStream;

/**
 * A multiplicative subgroup of Fr of size 2^k and FFTs over it on raw Montgomery limbs (4 per value).
 * The generator is the one snarkjs/ffjavascript use (derived from the smallest quadratic non-residue),
 * so evaluation index j means the same point omega^j as in their files.
 */
public final class Domain {

    /** 2-adicity of r - 1. */
    public static final int MAX_LOG = 28;
    private static final Montgomery256 F = Fr.ARITH;
    private static final Fr[] ROOTS = new Fr[MAX_LOG + 1];

    static {
        BigInteger r = Fr.MODULUS;
        BigInteger half = r.subtract(BigInteger.ONE).shiftRight(1);
        int nqr = 2;
        while (Fr.of(nqr).pow(half).equals(Fr.ONE)) {
            nqr++;
        }
        ROOTS[MAX_LOG] = Fr.of(nqr).pow(r.subtract(BigInteger.ONE).shiftRight(MAX_LOG));
        for (int k = MAX_LOG - 1; k >= 0; k--) {
            ROOTS[k] = ROOTS[k + 1].square();
        }
    }

    private final int log;
    private final int size;
    /** twiddles[i] = omega^i for i < size/2, Montgomery limbs. */
    private final long[] twiddles;
    private final long[] invTwiddles;
    private final long[] sizeInverse = new long[4];

    public Domain(int log) {
        if (log < 0 || log > MAX_LOG) {
            throw new IllegalArgumentException("domain size 2^" + log + " not supported (max 2^" + MAX_LOG + ")");
        }
        this.log = log;
        this.size = 1 << log;
        int half = Math.max(1, size / 2);
        twiddles = powers(root(log), half);
        invTwiddles = powers(root(log).inverse(), half);
        Fr.of(size).inverse().copyMontgomeryTo(sizeInverse, 0);
    }

    /** The primitive 2^log-th root of unity snarkjs uses. */
    public static Fr root(int log) {
        return ROOTS[log];
    }

    public int size() {
        return size;
    }

    public int log() {
        return log;
    }

    /** [1, g, g^2, ..., g^(n-1)] as limbs. */
    public static long[] powers(Fr g, int n) {
        long[] out = new long[4 * n];
        long[] gl = new long[4];
        g.copyMontgomeryTo(gl, 0);
        F.setOne(out, 0);
        for (int i = 1; i < n; i++) {
            F.mul(out, 4 * (i - 1), gl, 0, out, 4 * i);
        }
        return out;
    }

    /** Evaluations from coefficients, in place (natural order in and out). */
    public void fft(long[] a) {
        transform(a, twiddles);
    }

    /** Coefficients from evaluations, in place. */
    public void ifft(long[] a) {
        transform(a, invTwiddles);
        IntStream.range(0, size).parallel().forEach(i -> F.mul(a, 4 * i, sizeInverse, 0, a, 4 * i));
    }

    /**
     * From evaluations on the domain to the coefficients of the same polynomial moved to the coset
     * g * domain (c_i g^i), ready for {@link #fft}: an inverse FFT whose 1/n is folded into the powers
     * of g (one multiplication per value instead of two).
     */
    public void ifftToCoset(long[] a, Fr g) {
        transform(a, invTwiddles);
        scaleByPowers(a, g, size, Fr.of(size).inverse());
    }

    /** a[i] *= g^i (moves a polynomial to the coset g * domain before an FFT). */
    public static void scaleByPowers(long[] a, Fr g, int n) {
        scaleByPowers(a, g, n, Fr.ONE);
    }

    /** a[i] *= first * g^i. */
    private static void scaleByPowers(long[] a, Fr g, int n, Fr first) {
        int chunks = Math.max(1, Math.min(64, n / 4096));
        int per = (n + chunks - 1) / chunks;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = c * per, to = Math.min(n, from + per);
            if (from >= to) {
                return;
            }
            long[] gl = new long[4], cur = new long[4];
            g.copyMontgomeryTo(gl, 0);
            first.mul(g.pow(BigInteger.valueOf(from))).copyMontgomeryTo(cur, 0);
            for (int i = from; i < to; i++) {
                F.mul(a, 4 * i, cur, 0, a, 4 * i);
                F.mul(cur, 0, gl, 0, cur, 0);
            }
        });
    }

    private void transform(long[] a, long[] tw) {
        if (a.length != 4 * size) {
            throw new IllegalArgumentException("expected " + size + " values");
        }
        bitReverse(a);
        for (int l = 2; l <= size; l <<= 1) {
            final int len = l;
            final int halfLen = len >>> 1;
            final int step = size / len;
            final int groups = size / len;
            if (groups >= 64 || len < 4096) {
                IntStream.range(0, groups).parallel().forEach(g -> butterflies(a, tw, g * len, halfLen, step, 0, halfLen));
            } else {
                int parts = 64;
                int per = Math.max(1, halfLen / parts);
                for (int g = 0; g < groups; g++) {
                    final int start = g * len;
                    IntStream.range(0, (halfLen + per - 1) / per).parallel()
                            .forEach(p -> butterflies(a, tw, start, halfLen, step, p * per, Math.min(halfLen, (p + 1) * per)));
                }
            }
        }
    }

    private static void butterflies(long[] a, long[] tw, int start, int halfLen, int step, int from, int to) {
        long[] t = new long[4];
        for (int j = from; j < to; j++) {
            int u = 4 * (start + j), v = 4 * (start + j + halfLen);
            F.mul(a, v, tw, 4 * j * step, t, 0);
            F.sub(a, u, t, 0, a, v);
            F.add(a, u, t, 0, a, u);
        }
    }

    private void bitReverse(long[] a) {
        int shift = 32 - log;
        if (log == 0) {
            return;
        }
        for (int i = 0; i < size; i++) {
            int j = Integer.reverse(i) >>> shift;
            if (j > i) {
                for (int k = 0; k < 4; k++) {
                    long tmp = a[4 * i + k];
                    a[4 * i + k] = a[4 * j + k];
                    a[4 * j + k] = tmp;
                }
            }
        }
    }
}
