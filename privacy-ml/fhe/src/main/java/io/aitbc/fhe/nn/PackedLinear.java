package io.aitbc.fhe.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Packs a linear layer y = W x + b (any {@link SparseMatrix}: dense, convolution, pooling, fused) onto the
 * slots of one ciphertext. Two methods, chosen by {@link CostModel}:
 *
 * <ul>
 * <li><b>Partial sums</b> ({@link #partialSums}): output row r is computed in every block of
 * {@code block} slots (slot t*block + r), each block summing the products it can reach with the first K
 * diagonals; a {@link SlotFold} then adds the blocks. With an input replicated in overlapping windows
 * ({@link SlotLayout#windows}), K is about in*block/slots instead of max(in, out): the many slots serve
 * many columns at once. The output is periodic with period {@code block}.</li>
 * <li><b>Direct</b> ({@link #direct}): the generalized diagonals of the slot-to-slot matrix between two
 * given layouts, no fold. Best for structured maps, e.g. a convolution on an im2col-packed input
 * (one diagonal per (kernel element, channel) offset).</li>
 * </ul>
 * Candidates are compared on their diagonal sets (cheap); only the chosen one is built.
 */
public final class PackedLinear {

    private PackedLinear() {}

    /** A packing under consideration: enough to cost it and to build it. */
    private record Candidate(String strategy, SlotLayout in, int block, int k, double cost) {}

    /**
     * The first layer, whose input layout the client chooses: overlapping windows for the partial-sum
     * method, with the cheapest block size and the fewest diagonals.
     */
    public static LinearStage firstLayer(SparseMatrix w, double[] bias, int slots) {
        requireFits(w, slots);
        List<Candidate> candidates = new ArrayList<>();
        for (int block = firstBlock(w.rows()); block <= slots; block <<= 1) {
            int blocks = slots / block;
            int k0 = Math.max(1, (w.cols() + blocks - 1) / blocks);
            // with block >= rows + k - 1 no read crosses into the next window, so k0 always works then;
            // otherwise a few shifts above k0 are tried
            int last = block - w.rows() + 1 >= k0 ? k0 : Math.min(k0 + 3, block);
            for (int k = k0; k <= last; k++) {
                SlotLayout in = SlotLayout.windows(w.cols(), block, k, slots);
                boolean[] used = new boolean[slots];
                if (partialSums(w, in, block, k, (s, u, v) -> used[(u - s) & (slots - 1)] = true)) {
                    candidates.add(new Candidate("windows block " + block + " shift " + k, in, block, k, partialSumCost(used, block)));
                    break;
                }
            }
        }
        if (candidates.isEmpty()) return partialSums(w, bias, SlotLayout.contiguous(w.cols(), slots));
        return build(w, bias, cheapest(candidates));
    }

    /** The cheaper of {@link #partialSums} and {@link #direct} into a contiguous output, for a given input layout. */
    public static LinearStage best(SparseMatrix w, double[] bias, SlotLayout in) {
        requireFits(w, in.slots());
        Candidate partial = cheapest(partialSumCandidates(w, in));
        SlotLayout out = SlotLayout.contiguous(w.rows(), in.slots());
        boolean[] used = new boolean[in.slots()];
        direct(w, in, out, (s, u, v) -> used[(u - s) & (in.slots() - 1)] = true);
        double directCost = BsgsPlan.choose(in.slots(), indices(used)).cost();
        return directCost < partial.cost() ? direct(w, bias, in, out) : build(w, bias, partial);
    }

    /** The partial-sum method with the cheapest block size (each with its fewest diagonals). */
    public static LinearStage partialSums(SparseMatrix w, double[] bias, SlotLayout in) {
        requireFits(w, in.slots());
        return build(w, bias, cheapest(partialSumCandidates(w, in)));
    }

    /** The generalized diagonals of the map from {@code in} to {@code out} (every slot of an output value gets it). */
    public static LinearStage direct(SparseMatrix w, double[] bias, SlotLayout in, SlotLayout out) {
        Diagonals.Builder b = new Diagonals.Builder(in.slots());
        direct(w, in, out, b::add);
        return new LinearStage(in, out, LinearTransform.of(b.build()), null, biasVector(bias, out), "direct");
    }

    /** Receives the entries M[outSlot][inSlot] of a packing. */
    @FunctionalInterface
    interface EntrySink {
        void add(int outSlot, int inSlot, double value);
    }

    private static void direct(SparseMatrix w, SlotLayout in, SlotLayout out, EntrySink sink) {
        requireInputLength(w, in);
        if (out.length() != w.rows() || out.slots() != in.slots()) {
            throw new IllegalArgumentException("output layout " + out + " does not fit " + w.rows() + " outputs");
        }
        int slots = in.slots();
        int[][] slotsOf = slotsByIndex(in);
        boolean[] used = new boolean[slots];
        for (int s = 0; s < slots; s++) {
            int r = out.indexAt(s);
            if (r < 0) continue;
            int[] cols = w.columns(r);
            double[] vals = w.values(r);
            for (int i = 0; i < cols.length; i++) {
                int[] candidates = slotsOf[cols[i]];
                int u = candidates[0];
                for (int c : candidates) {
                    if (used[(c - s) & (slots - 1)]) { u = c; break; }
                }
                used[(u - s) & (slots - 1)] = true;
                sink.add(s, u, vals[i]);
            }
        }
    }

    private static List<Candidate> partialSumCandidates(SparseMatrix w, SlotLayout in) {
        requireInputLength(w, in);
        int slots = in.slots();
        List<Candidate> candidates = new ArrayList<>();
        for (int block = firstBlock(w.rows()); block <= slots; block <<= 1) {
            final int bl = block;
            if (!partialSums(w, in, block, slots, (s, u, v) -> {})) {
                throw new IllegalArgumentException("layout " + in + " does not hold every input the matrix reads");
            }
            int lo = 1, hi = slots;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (partialSums(w, in, block, mid, (s, u, v) -> {})) hi = mid; else lo = mid + 1;
            }
            boolean[] used = new boolean[slots];
            partialSums(w, in, bl, lo, (s, u, v) -> used[(u - s) & (slots - 1)] = true);
            candidates.add(new Candidate("partial sums block " + block, in, block, lo, partialSumCost(used, block)));
        }
        return candidates;
    }

    /**
     * The first k diagonals of the partial-sum method; false if they cannot reach every non-zero entry.
     * Output row r at slots t*block + r reads input slot t*block + r + j with diagonal j; each entry W[r][c]
     * is taken once, at the first (j, t) whose slot holds input c.
     */
    static boolean partialSums(SparseMatrix w, SlotLayout in, int block, int k, EntrySink sink) {
        int slots = in.slots();
        int blocks = slots / block;
        int[] position = new int[w.cols()];
        Arrays.fill(position, -1);
        for (int r = 0; r < w.rows(); r++) {
            int[] cols = w.columns(r);
            if (cols.length == 0) continue;
            double[] vals = w.values(r);
            for (int i = 0; i < cols.length; i++) position[cols[i]] = i;
            boolean[] covered = new boolean[cols.length];
            int remaining = cols.length;
            search:
            for (int j = 0; j < k; j++) {
                for (int t = 0; t < blocks; t++) {
                    int s = t * block + r;
                    int u = (s + j) & (slots - 1);
                    int c = in.indexAt(u);
                    if (c >= 0 && position[c] >= 0 && !covered[position[c]]) {
                        covered[position[c]] = true;
                        sink.add(s, u, vals[position[c]]);
                        if (--remaining == 0) break search;
                    }
                }
            }
            for (int c : cols) position[c] = -1;
            if (remaining > 0) return false;
        }
        return true;
    }

    private static double partialSumCost(boolean[] used, int block) {
        int slots = used.length;
        int[] d = indices(used);
        double fold = block == slots ? 0 : new SlotFold(block, slots).cost();
        return (d.length == 0 ? 0 : BsgsPlan.choose(slots, d).cost()) + fold;
    }

    private static LinearStage build(SparseMatrix w, double[] bias, Candidate c) {
        int slots = c.in().slots();
        Diagonals.Builder b = new Diagonals.Builder(slots);
        if (!partialSums(w, c.in(), c.block(), c.k(), b::add)) throw new IllegalStateException("candidate " + c + " does not cover the matrix");
        SlotLayout out = SlotLayout.periodic(w.rows(), c.block(), slots);
        SlotFold fold = c.block() == slots ? null : new SlotFold(c.block(), slots);
        return new LinearStage(c.in(), out, LinearTransform.of(b.build()), fold, biasVector(bias, out), c.strategy());
    }

    private static int firstBlock(int rows) {
        return rows <= 1 ? 1 : Integer.highestOneBit(rows - 1) << 1;
    }

    private static int[] indices(boolean[] used) {
        int count = 0;
        for (boolean u : used) if (u) count++;
        int[] d = new int[count];
        for (int i = 0, j = 0; i < used.length; i++) if (used[i]) d[j++] = i;
        return d;
    }

    private static double[] biasVector(double[] bias, SlotLayout out) {
        if (bias == null) return null;
        if (bias.length != out.length()) throw new IllegalArgumentException("bias has " + bias.length + " values for " + out.length() + " outputs");
        boolean any = false;
        for (double v : bias) any |= v != 0;
        if (!any) return null;
        double[] v = new double[out.slots()];
        for (int s = 0; s < v.length; s++) if (out.indexAt(s) >= 0) v[s] = bias[out.indexAt(s)];
        return v;
    }

    private static int[][] slotsByIndex(SlotLayout in) {
        int[] count = new int[in.length()];
        for (int s = 0; s < in.slots(); s++) if (in.indexAt(s) >= 0) count[in.indexAt(s)]++;
        int[][] out = new int[in.length()][];
        for (int i = 0; i < out.length; i++) out[i] = new int[count[i]];
        Arrays.fill(count, 0);
        for (int s = 0; s < in.slots(); s++) {
            int i = in.indexAt(s);
            if (i >= 0) out[i][count[i]++] = s;
        }
        return out;
    }

    private static Candidate cheapest(List<Candidate> candidates) {
        return candidates.stream().min(Comparator.comparingDouble(Candidate::cost)).orElseThrow();
    }

    private static void requireFits(SparseMatrix w, int slots) {
        if (w.rows() > slots || w.cols() > slots) {
            throw new IllegalArgumentException("a " + w.rows() + "x" + w.cols() + " layer does not fit one ciphertext of "
                    + slots + " slots");
        }
    }

    private static void requireInputLength(SparseMatrix w, SlotLayout in) {
        if (in.length() != w.cols()) throw new IllegalArgumentException("layout " + in + " holds " + in.length() + " values, the layer reads " + w.cols());
    }
}
