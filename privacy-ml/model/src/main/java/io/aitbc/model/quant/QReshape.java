package io.aitbc.model.quant;

import io.aitbc.model.ir.Shape;

/** Flatten or Reshape: row-major reordering only, no arithmetic (the values pass through unchanged). */
public record QReshape(Shape inputShape, Shape outputShape) implements QuantizedLayer {

    public QReshape {
        if (inputShape.size() != outputShape.size()) {
            throw new IllegalArgumentException("cannot reshape " + inputShape + " to " + outputShape);
        }
    }

    @Override
    public String op() {
        return "reshape";
    }
}
