package io.aitbc.fhe.nn;

import io.aitbc.fhe.rlwe.Ciphertext;

/**
 * A packed linear layer: slot-to-slot transform (BSGS, double hoisting), rescale, optional
 * {@link SlotFold} of partial sums, optional bias (a slot vector in the output layout). One level.
 * Built by {@link PackedLinear}. Immutable apart from the transform's plaintext cache.
 */
public record LinearStage(SlotLayout inputLayout, SlotLayout outputLayout, LinearTransform transform, SlotFold fold,
                          double[] bias, String strategy) implements Stage {

    public LinearStage {
        if (inputLayout.slots() != transform.slots() || outputLayout.slots() != transform.slots()) {
            throw new IllegalArgumentException("layouts and transform disagree on the slot count");
        }
        if (fold != null && fold.slots() != transform.slots()) throw new IllegalArgumentException("fold for another slot count");
        if (bias != null) {
            if (bias.length != transform.slots()) throw new IllegalArgumentException("bias must be a slot vector");
            bias = bias.clone();
        }
    }

    @Override
    public double[] bias() { return bias == null ? null : bias.clone(); }

    @Override
    public int depth() { return 1; }

    @Override
    public int[] rotationSteps() {
        return Rotations.union(transform.slots(), transform.rotationSteps(), fold == null ? new int[0] : fold.rotationSteps());
    }

    @Override
    public boolean needsRelinearization() { return false; }

    @Override
    public Ciphertext apply(NnEvaluator evaluator, Ciphertext x) {
        Ciphertext y = evaluator.rescale(evaluator.apply(transform, x));
        if (fold != null) y = evaluator.fold(fold, y);
        return bias == null ? y : evaluator.addVector(y, bias);
    }

    @Override
    public double[] applyPlain(double[] slots) {
        double[] y = transform.diagonals().apply(slots);
        if (fold != null) y = fold.apply(y);
        if (bias != null) for (int i = 0; i < y.length; i++) y[i] += bias[i];
        return y;
    }

    @Override
    public double cost() {
        return transform.plan().cost() + (fold == null ? 0 : fold.cost());
    }

    @Override
    public String describe() {
        return "linear " + inputLayout.length() + "->" + outputLayout.length() + " (" + strategy + ", "
                + transform.plan() + (fold == null ? "" : ", fold " + fold.rotationSteps().length + " rotations") + ")";
    }
}
