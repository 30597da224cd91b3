package io.aitbc.model.ir;

/** Element-wise {@code max(x, 0)}. */
public record Relu(Shape inputShape) implements Layer {

    @Override
    public Shape outputShape() {
        return inputShape;
    }

    @Override
    public String op() {
        return "relu";
    }
}
