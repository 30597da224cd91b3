package io.aitbc.zk.msm;

import io.aitbc.zk.bn254.Curves;
import io.aitbc.zk.bn254.FieldOps;
import io.aitbc.zk.bn254.Glv;
import io.aitbc.zk.bn254.Montgomery256;
import java.math.BigInteger;
import java.util.stream.IntStream;

/**
 * k * P_i for one secret scalar and many G1 points (a phase-2 contribution divides the C and H points
 * by delta). The scalar is split once with the GLV endomorphism, k P = k1 P + k2 phi(P) with
 * |k1|, |k2| &lt; 2^130, and both halves are recoded into regular signed 4-bit digits (made odd, the
 * difference added back at the end), so every point goes through the same sequence of operations
 * whatever k is. Chunks of points advance in lockstep in affine coordinates, each doubling or
 * addition of the whole chunk sharing one inversion ({@link BatchAffine}); table entries are read in
 * constant time ({@link RegularDigits}). Chunks run in parallel.
 */
public final class FixedScalarMul {

    private static final int W = 4;
    private static final int ENTRIES = 1 << (W - 1);
    private static final int CHUNK = 4096;
    /** Digits of a half made odd (below 2^(HALF_BITS + 1)). */
    private static final int DIGITS = (Glv.HALF_BITS + 1 + W - 1) / W + 1;

    private FixedScalarMul() {
    }

    /** One GLV half: the digits of |k_j| made odd (signed with k_j), and the correction (-k_j/|k_j|) e P, e in {1, 2}. */
    private record Half(int[] digits, int correctionIndex, int correctionNegate) {

        static Half of(BigInteger kj) {
            int sign = -(kj.signum() >>> 31); // -1 when negative
            long[] a = Montgomery256.toLimbs(kj.abs());
            long odd = a[0] & 1L;
            // a + 1 + odd is odd; the +e with e = 1 + odd is taken back by the correction
            long add = 1 + odd;
            long s0 = a[0] + add;
            long c = Long.compareUnsigned(s0, a[0]) < 0 ? 1L : 0L;
            long s1 = a[1] + c;
            c = s1 == 0 && c == 1 ? 1L : 0L;
            long s2 = a[2] + c;
            c = s2 == 0 && c == 1 ? 1L : 0L;
            int[] digits = new int[DIGITS];
            RegularDigits.recodeOdd(new long[] {s0, s1, s2, a[3] + c}, W, DIGITS, digits);
            for (int i = 0; i < DIGITS; i++) {
                digits[i] = (digits[i] ^ sign) - sign;
            }
            return new Half(digits, (int) odd, ~sign);
        }
    }

    /**
     * @param points affine G1 points ((0, 0) = infinity), 8 longs each
     * @param scalar canonical secret scalar below r (4 little-endian limbs)
     * @return the affine products
     */
    public static long[] multiplyAllG1(long[] points, int count, long[] scalar) {
        BigInteger[] split = Glv.split(Montgomery256.fromLimbs(scalar, 0));
        Half h1 = Half.of(split[0]), h2 = Half.of(split[1]);
        long[] out = new long[8 * count];
        int chunks = (count + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = c * CHUNK, to = Math.min(count, from + CHUNK);
            new Lockstep(to - from).run(points, from, h1, h2, out);
        });
        return out;
    }

    /** The work on one chunk of points, all in affine coordinates. */
    private static final class Lockstep {
        private final int len;
        private final FieldOps f = Curves.g1Ops().field();
        private final BatchAffine batch = new BatchAffine(f);
        private final int[] self;
        private final long[] acc, sel, neg = new long[4];

        Lockstep(int len) {
            this.len = len;
            this.self = new int[len];
            for (int k = 0; k < len; k++) {
                self[k] = 8 * k;
            }
            this.acc = new long[8 * len];
            this.sel = new long[8 * len];
        }

        void run(long[] points, int from, Half h1, Half h2, long[] out) {
            // tables of P, 3P, ..., 15P and of phi of those; corrections [P, 2P] and [phi P, phi 2P]
            long[] table = new long[8 * ENTRIES * len], twice = new long[8 * len], corr = new long[16 * len];
            int[] entry = new int[len], prev = new int[len], second = new int[len];
            for (int k = 0; k < len; k++) {
                System.arraycopy(points, 8 * (from + k), table, 8 * ENTRIES * k, 8);
                entry[k] = 8 * ENTRIES * k;
                second[k] = 16 * k + 8;
            }
            batch.dbl(table, entry, twice, self, len);
            for (int e = 1; e < ENTRIES; e++) {
                for (int k = 0; k < len; k++) {
                    prev[k] = 8 * (ENTRIES * k + e - 1);
                    entry[k] = 8 * (ENTRIES * k + e);
                }
                batch.add(table, prev, twice, self, table, entry, len);
            }
            for (int k = 0; k < len; k++) {
                System.arraycopy(table, 8 * ENTRIES * k, corr, 16 * k, 8);
                System.arraycopy(twice, 8 * k, corr, 16 * k + 8, 8);
            }
            long[] phiTable = phi(table), phiCorr = phi(corr);

            pick(table, ENTRIES, h1.digits()[DIGITS - 1], acc);
            pick(phiTable, ENTRIES, h2.digits()[DIGITS - 1], sel);
            batch.add(acc, self, sel, self, acc, self, len);
            for (int i = DIGITS - 2; i >= 0; i--) {
                for (int d = 0; d < W; d++) {
                    batch.dbl(acc, self, acc, self, len);
                }
                pick(table, ENTRIES, h1.digits()[i], sel);
                batch.add(acc, self, sel, self, acc, self, len);
                pick(phiTable, ENTRIES, h2.digits()[i], sel);
                batch.add(acc, self, sel, self, acc, self, len);
            }
            pickIndex(corr, h1.correctionIndex(), h1.correctionNegate(), sel);
            batch.add(acc, self, sel, self, acc, self, len);
            pickIndex(phiCorr, h2.correctionIndex(), h2.correctionNegate(), sel);
            batch.add(acc, self, sel, self, acc, self, len);
            System.arraycopy(acc, 0, out, 8 * from, 8 * len);
        }

        /** Every point's entry for digit d (odd multiples table of {@code entries} per point) into dst. */
        private void pick(long[] tables, int entries, int d, long[] dst) {
            for (int k = 0; k < len; k++) {
                RegularDigits.select(f, tables, 8 * entries * k, entries, d, dst, 8 * k, neg);
            }
        }

        private void pickIndex(long[] tables, int index, int negate, long[] dst) {
            for (int k = 0; k < len; k++) {
                RegularDigits.selectIndex(f, tables, 16 * k, 2, index, negate, dst, 8 * k, neg);
            }
        }

        /** phi of every affine point: (beta x, y); infinity stays (0, 0). */
        private long[] phi(long[] pts) {
            long[] beta = new long[4];
            Glv.betaLimbs(beta, 0);
            long[] r = pts.clone();
            for (int o = 0; o < r.length; o += 8) {
                f.mul(r, o, beta, 0, r, o);
            }
            return r;
        }
    }
}
