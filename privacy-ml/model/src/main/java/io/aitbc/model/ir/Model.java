package io.aitbc.model.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A feed-forward model: a chain of layers from one input tensor to a logit vector, and the output head.
 * Construction checks that the shapes chain and that the model ends in a vector of logits.
 */
public record Model(Shape inputShape, List<Layer> layers, OutputHead head) {

    public Model {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one layer");
        }
        Shape current = inputShape;
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            if (!layer.inputShape().equals(current)) {
                throw new IllegalArgumentException("layer " + i + " (" + layer.op() + ") expects input " + layer.inputShape()
                        + " but receives " + current);
            }
            current = layer.outputShape();
        }
        current.requireVector("the model output (logits)");
    }

    public Model(Shape inputShape, List<Layer> layers) {
        this(inputShape, layers, OutputHead.LOGITS);
    }

    public Shape outputShape() {
        return layers.getLast().outputShape();
    }

    public int classes() {
        return outputShape().size();
    }

    /** Total number of weights and biases. */
    public long parameterCount() {
        long n = 0;
        for (Layer l : layers) {
            if (l instanceof LinearLayer lin) {
                n += lin.weights().size() + lin.bias().size();
            }
        }
        return n;
    }

    /** This model with layer {@code index} replaced (e.g. ReLU by a polynomial); shapes are checked again. */
    public Model withLayer(int index, Layer replacement) {
        List<Layer> copy = new ArrayList<>(layers);
        copy.set(index, replacement);
        return new Model(inputShape, copy, head);
    }

    public Model withHead(OutputHead newHead) {
        return new Model(inputShape, layers, newHead);
    }

    /** A one-line summary such as {@code [784] -> dense[128] -> relu -> dense[10]}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(inputShape.toString());
        for (Layer l : layers) {
            sb.append(" -> ").append(l.op());
            if (l instanceof LinearLayer) {
                sb.append(l.outputShape());
            }
        }
        if (head != OutputHead.LOGITS) {
            sb.append(" -> ").append(head.name().toLowerCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }
}
