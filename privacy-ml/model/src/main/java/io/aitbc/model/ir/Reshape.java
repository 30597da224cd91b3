package io.aitbc.model.ir;

/** Row-major reshape to another shape of the same size; no arithmetic. */
public record Reshape(Shape inputShape, Shape outputShape) implements Layer {

    public Reshape {
        if (inputShape.size() != outputShape.size()) {
            throw new IllegalArgumentException("cannot reshape " + inputShape + " to " + outputShape);
        }
    }

    @Override
    public String op() {
        return "reshape";
    }
}
