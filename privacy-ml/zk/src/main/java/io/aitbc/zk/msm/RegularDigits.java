package io.aitbc.zk.msm;

import io.aitbc.zk.bn254.FieldOps;
import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.Montgomery256;

/**
 * Regular (constant-pattern) signed w-bit recoding of a secret scalar for points of order r: every
 * digit is odd, in [-(2^w - 1), 2^w - 1], so each window costs exactly one table addition and no
 * branch depends on the scalar. An even k is replaced by k + r (odd, same multiple of a point of
 * order r). Also the constant-time table lookup that goes with it.
 */
final class RegularDigits {

    private static final long[] R = Montgomery256.toLimbs(Fr.MODULUS);

    private RegularDigits() {
    }

    /** Number of digits for window width w (k + r &lt; 2^255). */
    static int count(int w) {
        return (255 + w - 1) / w + 1;
    }

    /**
     * Digits d_0..d_{W-1} (least significant first, W = {@link #count}(w)) with k = sum d_i 2^(w i)
     * (mod r): an even k is replaced by k + r first.
     *
     * @param k canonical scalar below r, 4 little-endian limbs at {@code ki}
     */
    static void recode(long[] k, int ki, int w, int[] digits) {
        long k0 = k[ki], k1 = k[ki + 1], k2 = k[ki + 2], k3 = k[ki + 3];
        long even = (k0 & 1L) - 1L; // all ones when k is even: add r
        long s0 = k0 + (R[0] & even);
        long c = Long.compareUnsigned(s0, k0) < 0 ? 1L : 0L;
        long s1 = k1 + (R[1] & even) + c;
        c = carryOut(k1, R[1] & even, s1, c);
        long s2 = k2 + (R[2] & even) + c;
        c = carryOut(k2, R[2] & even, s2, c);
        long s3 = k3 + (R[3] & even) + c;
        recodeOdd(new long[] {s0, s1, s2, s3}, w, count(w), digits);
    }

    /**
     * Digits of an odd k (4 limbs, below 2^(w (count - 1))), count of them: k = sum d_i 2^(w i) exactly.
     */
    static void recodeOdd(long[] k, int w, int count, int[] digits) {
        long s0 = k[0], s1 = k[1], s2 = k[2], s3 = k[3], c;
        long mod = (1L << (w + 1)) - 1, half = 1L << w;
        for (int i = 0; i < count - 1; i++) {
            long d = (s0 & mod) - half; // odd, |d| < 2^w
            // s = (s - d) >> w (stays odd and non-negative): add -d as a sign-extended 256-bit value
            long a0 = -d, ext = ~(d >> 63); // ext: all ones when d > 0, i.e. when -d is negative
            long t0 = s0 + a0;
            c = Long.compareUnsigned(t0, s0) < 0 ? 1L : 0L;
            long t1 = s1 + ext + c;
            c = carryOut(s1, ext, t1, c);
            long t2 = s2 + ext + c;
            c = carryOut(s2, ext, t2, c);
            long t3 = s3 + ext + c;
            s0 = (t0 >>> w) | (t1 << (64 - w));
            s1 = (t1 >>> w) | (t2 << (64 - w));
            s2 = (t2 >>> w) | (t3 << (64 - w));
            s3 = t3 >>> w;
            digits[i] = (int) d;
        }
        digits[count - 1] = (int) s0;
    }

    private static long carryOut(long x, long y, long sum, long carryIn) {
        // carry of x + y + carryIn, computed without branching on the values
        long c1 = Long.compareUnsigned(x + y, x) < 0 ? 1L : 0L;
        long c2 = Long.compareUnsigned(sum, x + y) < 0 ? 1L : 0L;
        return c1 | c2;
    }

    /**
     * Copies entry (|d| - 1) / 2 of an affine table of odd multiples (1, 3, 5, ... times a point) into
     * {@code out}, negated when d &lt; 0, reading every entry so that the memory pattern does not
     * depend on d.
     */
    static void select(FieldOps f, long[] table, int tableOff, int entries, int d, long[] out, int outOff, long[] negScratch) {
        int sign = d >> 31;
        selectIndex(f, table, tableOff, entries, ((d ^ sign) - sign) >>> 1, sign, out, outOff, negScratch);
    }

    /**
     * Copies entry {@code index} of an affine table into {@code out}, negated when {@code negate} is -1
     * (0: as is), reading every entry and negating by masks so that nothing depends on the secret.
     */
    static void selectIndex(FieldOps f, long[] table, int tableOff, int entries, int index, int negate, long[] out,
                            int outOff, long[] negScratch) {
        int n = f.size(), aff = 2 * n;
        for (int k = 0; k < aff; k++) {
            out[outOff + k] = 0;
        }
        for (int e = 0; e < entries; e++) {
            long mask = -(long) (((e ^ index) - 1) >>> 31); // all ones when e == index
            int src = tableOff + e * aff;
            for (int k = 0; k < aff; k++) {
                out[outOff + k] |= table[src + k] & mask;
            }
        }
        f.neg(out, outOff + n, negScratch, 0);
        long negMask = negate;
        for (int k = 0; k < n; k++) {
            out[outOff + n + k] = (negScratch[k] & negMask) | (out[outOff + n + k] & ~negMask);
        }
    }
}
