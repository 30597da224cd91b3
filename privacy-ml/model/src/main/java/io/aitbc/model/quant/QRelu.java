package io.aitbc.model.quant;

import io.aitbc.model.ir.Shape;

/** {@code y = max(x, 0)}. */
public record QRelu(Shape inputShape) implements QuantizedLayer {

    @Override
    public Shape outputShape() {
        return inputShape;
    }

    @Override
    public String op() {
        return "relu";
    }
}
