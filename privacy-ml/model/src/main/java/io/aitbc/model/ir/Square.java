package io.aitbc.model.ir;

/** Element-wise {@code x * x} (ONNX {@code Mul(x, x)}): the FHE- and circuit-friendly activation. */
public record Square(Shape inputShape) implements Layer {

    @Override
    public Shape outputShape() {
        return inputShape;
    }

    @Override
    public String op() {
        return "square";
    }
}
