package io.aitbc.zk.msm;

/**
 * Signed base-2^c recoding of many scalars, stored window-major ({@code digit(w, j)}). Digits lie in
 * [-2^(c-1), 2^(c-1)), except in the top window, which keeps the final carry and may reach +2^(c-1);
 * a scalar marked negated has all its digits negated, so bucket indices |d| - 1 stay below 2^(c-1).
 */
final class SignedDigits {

    private final int c;
    private final int windows;
    private final int count;
    private final int[] digits;

    private SignedDigits(int c, int windows, int count, int[] digits) {
        this.c = c;
        this.windows = windows;
        this.count = count;
        this.digits = digits;
    }

    /**
     * @param scalars canonical scalars, 4 little-endian limbs each, all below 2^(c * windows - 1)
     * @param negated whether each scalar's point enters negated
     */
    static SignedDigits recode(long[] scalars, boolean[] negated, int count, int c, int windows) {
        int[] d = new int[windows * count];
        int half = 1 << (c - 1), full = 1 << c;
        for (int j = 0; j < count; j++) {
            int carry = 0;
            int sign = negated[j] ? -1 : 1;
            for (int w = 0; w < windows; w++) {
                int v = extract(scalars, 4 * j, w * c, c) + carry;
                if (v >= half && w < windows - 1) {
                    v -= full;
                    carry = 1;
                } else {
                    carry = 0;
                }
                d[w * count + j] = sign * v;
            }
        }
        return new SignedDigits(c, windows, count, d);
    }

    private static int extract(long[] s, int base, int bit, int c) {
        if (bit >= 256) {
            return 0;
        }
        int limb = bit >>> 6, off = bit & 63;
        long v = s[base + limb] >>> off;
        if (off + c > 64 && limb < 3) {
            v |= s[base + limb + 1] << (64 - off);
        }
        return (int) (v & ((1L << c) - 1));
    }

    int bits() {
        return c;
    }

    int windows() {
        return windows;
    }

    int count() {
        return count;
    }

    /** Number of buckets a window needs: one per absolute digit value 1..2^(c-1). */
    int buckets() {
        return 1 << (c - 1);
    }

    int[] array() {
        return digits;
    }

    int offset(int window) {
        return window * count;
    }
}
