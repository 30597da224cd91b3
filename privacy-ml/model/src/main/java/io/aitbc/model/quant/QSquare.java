package io.aitbc.model.quant;

import io.aitbc.model.ir.Shape;

/** {@code y = floor(x * x / 2^fA)}. */
public record QSquare(Shape inputShape) implements QuantizedLayer {

    @Override
    public Shape outputShape() {
        return inputShape;
    }

    @Override
    public String op() {
        return "square";
    }
}
