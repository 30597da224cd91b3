package io.aitbc.fhe.nn;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A linear map on the slots of one ciphertext in generalized-diagonal form:
 * {@code y[i] = sum_k d_k[i] * x[(i + k) mod slots]}, i.e. {@code y = sum_k d_k * rotate(x, k)} with left
 * rotations. Only the diagonals that have a non-zero entry are kept. Immutable.
 */
public final class Diagonals {

    private final int slots;
    private final NavigableMap<Integer, double[]> diagonals;

    private Diagonals(int slots, NavigableMap<Integer, double[]> diagonals) {
        this.slots = slots;
        this.diagonals = Collections.unmodifiableNavigableMap(diagonals);
    }

    public int slots() { return slots; }

    /** Diagonal index k in [0, slots) to its values (do not modify the arrays). */
    public NavigableMap<Integer, double[]> byIndex() { return diagonals; }

    public int count() { return diagonals.size(); }

    /** The plaintext meaning: y = sum_k d_k * rotate(x, k). */
    public double[] apply(double[] x) {
        if (x.length != slots) throw new IllegalArgumentException("expected " + slots + " slots, got " + x.length);
        double[] y = new double[slots];
        for (Map.Entry<Integer, double[]> e : diagonals.entrySet()) {
            int k = e.getKey();
            double[] d = e.getValue();
            for (int i = 0; i < slots; i++) if (d[i] != 0) y[i] += d[i] * x[(i + k) & (slots - 1)];
        }
        return y;
    }

    /** Collects entries M[outSlot][inSlot] (repeated positions add up). */
    public static final class Builder {
        private final int slots;
        private final TreeMap<Integer, double[]> diagonals = new TreeMap<>();

        public Builder(int slots) {
            if (slots < 1 || Integer.bitCount(slots) != 1) throw new IllegalArgumentException("slot count must be a power of two: " + slots);
            this.slots = slots;
        }

        public Builder add(int outSlot, int inSlot, double value) {
            if (value == 0) return this;
            int k = (inSlot - outSlot) & (slots - 1);
            diagonals.computeIfAbsent(k, x -> new double[slots])[outSlot] += value;
            return this;
        }

        public Diagonals build() {
            TreeMap<Integer, double[]> copy = new TreeMap<>();
            for (Map.Entry<Integer, double[]> e : diagonals.entrySet()) {
                double[] d = e.getValue();
                boolean nonZero = false;
                for (double v : d) nonZero |= v != 0;
                if (nonZero) copy.put(e.getKey(), d.clone());
            }
            return new Diagonals(slots, copy);
        }
    }
}
