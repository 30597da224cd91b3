package io.aitbc.fhe.ring;

import java.util.Arrays;

/**
 * A polynomial of Z[X]/(X^N+1) in residue-number-system form: one flat {@code long[N]} per prime
 * (limb). Limb i holds the coefficients (or NTT values) modulo the ring's i-th prime. Whether it is in
 * the NTT domain is tracked by the objects that own it (ciphertexts, plaintexts, keys).
 */
public final class RnsPoly {

    private final long[][] limbs;

    public RnsPoly(int n, int limbCount) {
        if (limbCount < 1) throw new IllegalArgumentException("a polynomial needs at least one limb");
        limbs = new long[limbCount][n];
    }

    private RnsPoly(long[][] limbs) {
        this.limbs = limbs;
    }

    /** Wraps existing arrays (not copied): the caller hands over ownership. */
    public static RnsPoly wrap(long[][] limbs) {
        int n = limbs[0].length;
        for (long[] l : limbs) {
            if (l.length != n) throw new IllegalArgumentException("limbs of different lengths");
        }
        return new RnsPoly(limbs);
    }

    public int n() { return limbs[0].length; }

    public int limbCount() { return limbs.length; }

    /** The live array of limb i (no copy: hot loops write into it). */
    public long[] limb(int i) { return limbs[i]; }

    public RnsPoly copy() {
        long[][] c = new long[limbs.length][];
        for (int i = 0; i < limbs.length; i++) c[i] = limbs[i].clone();
        return new RnsPoly(c);
    }

    /** A copy of the first {@code count} limbs. */
    public RnsPoly copyLimbs(int count) {
        checkCount(count);
        long[][] c = new long[count][];
        for (int i = 0; i < count; i++) c[i] = limbs[i].clone();
        return new RnsPoly(c);
    }

    /** A view of the first {@code count} limbs that shares their arrays with this polynomial. */
    public RnsPoly viewLimbs(int count) {
        checkCount(count);
        return count == limbs.length ? this : new RnsPoly(Arrays.copyOf(limbs, count));
    }

    public void copyFrom(RnsPoly other) {
        int count = limbCount();
        other.checkCount(count);
        for (int i = 0; i < count; i++) System.arraycopy(other.limbs[i], 0, limbs[i], 0, limbs[i].length);
    }

    public void zero() {
        for (long[] l : limbs) Arrays.fill(l, 0L);
    }

    private void checkCount(int count) {
        if (count < 1 || count > limbs.length) {
            throw new IllegalArgumentException("limb count " + count + " outside 1.." + limbs.length);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RnsPoly p && Arrays.deepEquals(p.limbs, limbs);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(limbs);
    }
}
