package io.aitbc.fhe.nn;

import io.aitbc.fhe.rlwe.Ciphertext;
import java.util.List;

/**
 * A chain of {@link Stage}s on one ciphertext: what the server evaluates. The input must be encrypted at
 * level {@link #depth()} (or above) in {@link #inputLayout()}; the output is at level (input level - depth)
 * in {@link #outputLayout()}. The client needs Galois keys for {@link #rotationSteps()} and a
 * relinearization key if {@link #needsRelinearization()}. Immutable (apart from plaintext caches).
 */
public final class EncryptedNetwork {

    /** Called after each stage (e.g. to report a job's progress). */
    @FunctionalInterface
    public interface Progress {
        void stageDone(int index, int total, Stage stage);
    }

    private final List<Stage> stages;
    private final int[] rotationSteps;
    private final int depth;

    public EncryptedNetwork(List<Stage> stages) {
        if (stages.isEmpty()) throw new IllegalArgumentException("a network needs at least one stage");
        this.stages = List.copyOf(stages);
        for (int i = 1; i < stages.size(); i++) {
            if (!stages.get(i).inputLayout().equals(stages.get(i - 1).outputLayout())) {
                throw new IllegalArgumentException("stage " + i + " (" + stages.get(i).describe() + ") reads "
                        + stages.get(i).inputLayout() + " but stage " + (i - 1) + " writes " + stages.get(i - 1).outputLayout());
            }
        }
        int slots = stages.getFirst().inputLayout().slots();
        this.rotationSteps = Rotations.union(slots, stages.stream().map(Stage::rotationSteps).toArray(int[][]::new));
        this.depth = stages.stream().mapToInt(Stage::depth).sum();
    }

    public List<Stage> stages() { return stages; }

    public SlotLayout inputLayout() { return stages.getFirst().inputLayout(); }

    public SlotLayout outputLayout() { return stages.getLast().outputLayout(); }

    public int depth() { return depth; }

    public int[] rotationSteps() { return rotationSteps.clone(); }

    public boolean needsRelinearization() { return stages.stream().anyMatch(Stage::needsRelinearization); }

    public double cost() { return stages.stream().mapToDouble(Stage::cost).sum(); }

    /** The level at which stage {@code index} receives its ciphertext when the input is encrypted at {@code inputLevel}. */
    public int levelAt(int index, int inputLevel) {
        int level = inputLevel;
        for (int i = 0; i < index; i++) level -= stages.get(i).depth();
        return level;
    }

    /** Evaluates every stage on x (checked: keys for every rotation, level at least the depth). */
    public Ciphertext evaluate(NnEvaluator evaluator, Ciphertext x, Progress progress) {
        evaluator.requireKeys(rotationSteps, needsRelinearization(), "this network");
        if (x.level() < depth) {
            throw new IllegalArgumentException("the input ciphertext is at level " + x.level() + " but the network needs " + depth + " levels");
        }
        Ciphertext y = x;
        for (int i = 0; i < stages.size(); i++) {
            y = stages.get(i).apply(evaluator, y);
            if (progress != null) progress.stageDone(i, stages.size(), stages.get(i));
        }
        return y;
    }

    /** The same computation on a plaintext slot vector. */
    public double[] evaluatePlain(double[] slots) {
        double[] y = slots;
        for (Stage s : stages) y = s.applyPlain(y);
        return y;
    }

    /** Bytes of plaintexts cached by the linear stages. */
    public long cachedPlaintextBytes() {
        return stages.stream().filter(s -> s instanceof LinearStage).mapToLong(s -> ((LinearStage) s).transform().cachedBytes()).sum();
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Stage s : stages) sb.append(sb.isEmpty() ? "" : " -> ").append(s.describe());
        return sb.toString();
    }
}
