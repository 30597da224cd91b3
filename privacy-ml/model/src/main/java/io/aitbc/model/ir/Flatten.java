package io.aitbc.model.ir;

/** Row-major flattening to a vector; no arithmetic. */
public record Flatten(Shape inputShape) implements Layer {

    @Override
    public Shape outputShape() {
        return Shape.vector(inputShape.size());
    }

    @Override
    public String op() {
        return "flatten";
    }
}
