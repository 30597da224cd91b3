package io.aitbc.model.quant;

import io.aitbc.model.ir.Shape;
import java.util.List;

/**
 * A model in the fixed-point form of docs/ZKML-SPEC.md: integer weights and biases, per-layer {@code fW},
 * and the shared {@link QuantizationParams}. Construction checks that the shapes chain, that the output is
 * a vector of logits, that every parameter fits its width, and that no accumulator can overflow a long.
 */
public record QuantizedModel(Shape inputShape, List<QuantizedLayer> layers, QuantizationParams params) {

    public QuantizedModel {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one layer");
        }
        Shape current = inputShape;
        for (int i = 0; i < layers.size(); i++) {
            QuantizedLayer l = layers.get(i);
            if (!l.inputShape().equals(current)) {
                throw new IllegalArgumentException("layer " + i + " (" + l.op() + ") expects input " + l.inputShape()
                        + " but receives " + current);
            }
            if (l instanceof QLinear q) {
                checkLinear(i, q, params);
            }
            current = l.outputShape();
        }
        current.requireVector("the model output (logits)");
    }

    private static void checkLinear(int i, QLinear q, QuantizationParams p) {
        if (q.weightFractionBits() < 0 || q.weightFractionBits() > QuantizationParams.MAX_WEIGHT_FRACTION_BITS) {
            throw new IllegalArgumentException("layer " + i + ": fW = " + q.weightFractionBits() + " outside [0, 24]");
        }
        q.weights().requireBits(p.bW(), "layer " + i + " weight");
        q.bias().requireBits(p.bB(), "layer " + i + " bias");
        // |acc| <= fanIn * 2^(bW-1) * 2^31 + 2^(bB-1) must stay below 2^62: exact long arithmetic, no overflow.
        double bound = q.fanIn() * Math.scalb(1.0, p.bW() - 1 + 31) + Math.scalb(1.0, p.bB() - 1);
        if (bound >= 0x1p62) {
            throw new IllegalArgumentException("layer " + i + ": fan-in " + q.fanIn() + " with " + p.bW()
                    + "-bit weights could overflow the accumulator");
        }
    }

    public Shape outputShape() {
        return layers.getLast().outputShape();
    }

    public int classes() {
        return outputShape().size();
    }

    /** {@code fW[l]} of every Dense/Conv layer, in model order. */
    public int[] weightFractionBits() {
        return layers.stream().filter(l -> l instanceof QLinear).mapToInt(l -> ((QLinear) l).weightFractionBits()).toArray();
    }

    /** The Dense/Conv layers, in model order. */
    public List<QLinear> linearLayers() {
        return layers.stream().filter(l -> l instanceof QLinear).map(l -> (QLinear) l).toList();
    }
}
