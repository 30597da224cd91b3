package io.aitbc.fhe.nn;

import java.util.Arrays;
import java.util.TreeSet;

/** Rotation-step bookkeeping: one canonical form per Galois element, and sorted unions. */
public final class Rotations {

    private Rotations() {}

    /** The step in (-slots/2, slots/2] that rotates like {@code step}. */
    public static int normalize(int step, int slots) {
        int k = Math.floorMod(step, slots);
        return k > slots / 2 ? k - slots : k;
    }

    /** Sorted, normalized, distinct, without 0. */
    public static int[] union(int slots, int[]... stepSets) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int[] s : stepSets) for (int k : s) if (normalize(k, slots) != 0) all.add(normalize(k, slots));
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    public static String toString(int[] steps) {
        return Arrays.toString(steps);
    }
}
