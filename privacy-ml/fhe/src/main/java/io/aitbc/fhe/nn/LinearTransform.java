package io.aitbc.fhe.nn;

import io.aitbc.fhe.ckks.CkksParameters;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A slot-to-slot linear map ready for encrypted evaluation: its {@link Diagonals}, the baby-step
 * giant-step split ({@link BsgsPlan}), and the diagonals pre-rotated by their giant step. The encoded
 * plaintexts (over Q and P, for double hoisting) are built on first use at each level and kept: a
 * model's layers are evaluated at fixed levels, so later inferences only multiply; {@link #prepare} encodes them
 * ahead of the first. Thread-safe.
 */
public final class LinearTransform {

    /** One diagonal of the plan: its giant step, baby step and values already rotated right by the giant step. */
    record Term(int giant, int baby, double[] values) {}

    private final Diagonals diagonals;
    private final BsgsPlan plan;
    private final Map<Integer, Term[]> termsByGiant;
    private final ConcurrentHashMap<Integer, Map<Integer, QpPlaintext[]>> encoded = new ConcurrentHashMap<>();

    public LinearTransform(Diagonals diagonals, BsgsPlan plan) {
        this.diagonals = diagonals;
        this.plan = plan;
        int slots = diagonals.slots();
        if (plan.slots() != slots) throw new IllegalArgumentException("plan for " + plan.slots() + " slots, diagonals for " + slots);
        if (plan.diagonalCount() != diagonals.count()) throw new IllegalArgumentException("plan and diagonals disagree");
        Map<Integer, Term[]> terms = new TreeMap<>();
        for (Map.Entry<Integer, int[]> e : plan.babiesByGiant().entrySet()) {
            int g = e.getKey();
            int[] babies = e.getValue();
            Term[] t = new Term[babies.length];
            for (int i = 0; i < babies.length; i++) {
                int k = Math.floorMod(g + babies[i], slots);
                double[] d = diagonals.byIndex().get(k);
                if (d == null) throw new IllegalArgumentException("plan uses diagonal " + k + " that is zero");
                double[] rotated = new double[slots];
                for (int j = 0; j < slots; j++) rotated[j] = d[Math.floorMod(j - g, slots)];
                t[i] = new Term(g, babies[i], rotated);
            }
            terms.put(g, t);
        }
        this.termsByGiant = terms;
    }

    /** The cheapest BSGS split of these diagonals. */
    public static LinearTransform of(Diagonals diagonals) {
        return new LinearTransform(diagonals, BsgsPlan.choose(diagonals.slots(),
                diagonals.byIndex().keySet().stream().mapToInt(Integer::intValue).toArray()));
    }

    public Diagonals diagonals() { return diagonals; }

    public BsgsPlan plan() { return plan; }

    public int slots() { return diagonals.slots(); }

    /** The rotations the evaluation needs keys for. */
    public int[] rotationSteps() { return plan.rotationSteps(); }

    Map<Integer, Term[]> termsByGiant() { return termsByGiant; }

    /**
     * The scale of the plaintexts at {@code level}: the level's last prime, so that the rescale after the transform
     * gives back exactly the input's scale.
     */
    public static double plaintextScale(CkksParameters params, int level) {
        return params.rlwe().q()[level];
    }

    /** The plaintexts at one level and scale (encoded once, then cached), in the order of {@link #termsByGiant}. */
    Map<Integer, QpPlaintext[]> encodedAt(int level, double scale, QpEncoder encoder) {
        Map<Integer, QpPlaintext[]> m = encoded.computeIfAbsent(level, l -> encodeAll(l, scale, encoder));
        double cached = m.values().iterator().next()[0].scale();
        if (cached != scale) throw new IllegalStateException("transform encoded at scale " + cached + " for level " + level + ", now asked for " + scale);
        return m;
    }

    private Map<Integer, QpPlaintext[]> encodeAll(int level, double scale, QpEncoder encoder) {
        Map<Integer, QpPlaintext[]> out = new TreeMap<>();
        termsByGiant.forEach((g, terms) -> {
            QpPlaintext[] p = new QpPlaintext[terms.length];
            for (int i = 0; i < terms.length; i++) p[i] = encoder.encode(terms[i].values(), level, scale, terms[i].baby() != 0);
            out.put(g, p);
        });
        return out;
    }

    /**
     * Encodes, ahead of any evaluation, the plaintexts that evaluating this transform at {@code level} multiplies by,
     * into the cache (nothing is done if they are cached already): a server prepares a model's layers before its
     * first inference. Returns the number of plaintexts at that level.
     */
    public int prepare(CkksParameters params, int level) {
        if (params.slots() != slots()) throw new IllegalArgumentException("parameters with " + params.slots() + " slots for a transform of " + slots());
        if (level < 0 || level > params.maxLevel()) throw new IllegalArgumentException("level " + level + " outside [0, " + params.maxLevel() + "]");
        return encodedAt(level, plaintextScale(params, level), new QpEncoder(params)).values().stream().mapToInt(p -> p.length).sum();
    }

    /** Levels whose plaintexts are cached (encoded on use or prepared). */
    public java.util.Set<Integer> cachedLevels() {
        return java.util.Set.copyOf(encoded.keySet());
    }

    /** Bytes held by the cached plaintexts (for memory reports). */
    public long cachedBytes() {
        long bytes = 0;
        for (Map<Integer, QpPlaintext[]> m : encoded.values()) {
            for (QpPlaintext[] ps : m.values()) {
                for (QpPlaintext p : ps) {
                    bytes += 8L * p.q().n() * (p.q().limbCount() + (p.p() == null ? 0 : p.p().limbCount()));
                }
            }
        }
        return bytes;
    }

    /** Drops the cached plaintexts. */
    public void clearCache() { encoded.clear(); }

    @Override
    public String toString() { return "LinearTransform[" + plan + "]"; }
}
