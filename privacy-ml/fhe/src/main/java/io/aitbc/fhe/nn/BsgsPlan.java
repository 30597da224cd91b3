package io.aitbc.fhe.nn;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Baby-step giant-step split of a set of diagonals: every diagonal index k (taken as a signed rotation
 * d in (-slots/2, slots/2], or as k in [0, slots) when that is cheaper) is written d = g + b with g a
 * multiple of the stride and 0 <= b < stride. Then
 * {@code sum_k d_k * rot(x, k) = sum_g rot(sum_b rot(d_{g+b}, -g) * rot(x, b), g)}: the baby rotations
 * rot(x, b) are shared by all giant steps (and hoisted), each giant step costs one rotation.
 * The stride is chosen to minimize {@link CostModel#bsgs}. Immutable.
 */
public final class BsgsPlan {

    private final int slots;
    private final int stride;
    private final NavigableMap<Integer, int[]> babiesByGiant;
    private final int[] babySteps;

    private BsgsPlan(int slots, int stride, NavigableMap<Integer, int[]> babiesByGiant) {
        this.slots = slots;
        this.stride = stride;
        this.babiesByGiant = Collections.unmodifiableNavigableMap(babiesByGiant);
        this.babySteps = babiesByGiant.values().stream().flatMapToInt(Arrays::stream).distinct().sorted().toArray();
    }

    /** The cheapest split of the given diagonal indices (each in [0, slots)). */
    public static BsgsPlan choose(int slots, int[] diagonals) {
        if (diagonals.length == 0) throw new IllegalArgumentException("a linear transform needs at least one diagonal");
        double best = Double.POSITIVE_INFINITY;
        int bestStride = 1;
        boolean bestSigned = true;
        int[] signed = new int[diagonals.length];
        for (int i = 0; i < diagonals.length; i++) {
            int k = diagonals[i];
            if (k < 0 || k >= slots) throw new IllegalArgumentException("diagonal index " + k + " outside [0, " + slots + ")");
            signed[i] = k > slots / 2 ? k - slots : k;
        }
        boolean[] babySeen = new boolean[slots];
        boolean[] giantSeen = new boolean[2 * slots + 1];
        for (int stride = 1; stride <= slots; stride++) {
            for (int variant = 0; variant < 2; variant++) {
                int[] d = variant == 0 ? signed : diagonals;
                double cost = cost(d, stride, babySeen, giantSeen);
                if (cost < best) {
                    best = cost;
                    bestStride = stride;
                    bestSigned = variant == 0;
                }
            }
        }
        return split(slots, bestSigned ? signed : diagonals, bestStride);
    }

    /** The split with a given stride (signed diagonals): for tests and for fixing the rotation keys. */
    public static BsgsPlan withStride(int slots, int[] diagonals, int stride) {
        int[] signed = Arrays.stream(diagonals).map(k -> k > slots / 2 ? k - slots : k).toArray();
        return split(slots, signed, stride);
    }

    private static double cost(int[] d, int stride, boolean[] babySeen, boolean[] giantSeen) {
        int babies = 0, giants = 0;
        int offset = giantSeen.length / 2;
        for (int k : d) {
            int g = Math.floorDiv(k, stride);
            int b = k - g * stride;
            if (!babySeen[b]) { babySeen[b] = true; if (b != 0) babies++; }
            if (!giantSeen[g + offset]) { giantSeen[g + offset] = true; if (g != 0) giants++; }
        }
        for (int k : d) {
            int g = Math.floorDiv(k, stride);
            babySeen[k - g * stride] = false;
            giantSeen[g + offset] = false;
        }
        return CostModel.bsgs(babies, giants, d.length);
    }

    private static BsgsPlan split(int slots, int[] d, int stride) {
        TreeMap<Integer, java.util.TreeSet<Integer>> groups = new TreeMap<>();
        for (int k : d) {
            int g = Math.floorDiv(k, stride) * stride;
            groups.computeIfAbsent(g, x -> new java.util.TreeSet<>()).add(k - g);
        }
        TreeMap<Integer, int[]> out = new TreeMap<>();
        groups.forEach((g, b) -> out.put(g, b.stream().mapToInt(Integer::intValue).toArray()));
        return new BsgsPlan(slots, stride, out);
    }

    public int slots() { return slots; }

    public int stride() { return stride; }

    /** Giant step (a signed rotation, multiple of the stride) to its baby steps in [0, stride). */
    public Map<Integer, int[]> babiesByGiant() { return babiesByGiant; }

    /** All baby steps, ascending (0 included when used). */
    public int[] babySteps() { return babySteps.clone(); }

    public int diagonalCount() {
        return babiesByGiant.values().stream().mapToInt(b -> b.length).sum();
    }

    /** The non-zero rotations this plan performs (baby and giant steps), normalized to (-slots/2, slots/2]. */
    public int[] rotationSteps() {
        java.util.TreeSet<Integer> steps = new java.util.TreeSet<>();
        for (int b : babySteps) if (b != 0) steps.add(Rotations.normalize(b, slots));
        for (int g : babiesByGiant.keySet()) if (Rotations.normalize(g, slots) != 0) steps.add(Rotations.normalize(g, slots));
        return steps.stream().mapToInt(Integer::intValue).toArray();
    }

    public double cost() {
        int babies = (int) Arrays.stream(babySteps).filter(b -> b != 0).count();
        int giants = (int) babiesByGiant.keySet().stream().filter(g -> Rotations.normalize(g, slots) != 0).count();
        return CostModel.bsgs(babies, giants, diagonalCount());
    }

    @Override
    public String toString() {
        return "BSGS[stride " + stride + ", " + babySteps.length + " baby x " + babiesByGiant.size() + " giant steps, "
                + diagonalCount() + " diagonals]";
    }
}
