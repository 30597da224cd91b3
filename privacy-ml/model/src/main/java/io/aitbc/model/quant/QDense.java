package io.aitbc.model.quant;

import io.aitbc.model.ir.Shape;

/** Quantized fully connected layer; weights {@code [outputs][inputs]}. */
public record QDense(IntTensor weights, IntTensor bias, int weightFractionBits) implements QLinear {

    public QDense {
        Shape w = weights.shape();
        if (w.rank() != 2 || !bias.shape().equals(Shape.vector(w.dim(0)))) {
            throw new IllegalArgumentException("QDense needs weights [out][in] and bias [out], got " + w + " and " + bias.shape());
        }
    }

    public int inputs() {
        return weights.shape().dim(1);
    }

    public int outputs() {
        return weights.shape().dim(0);
    }

    @Override
    public Shape inputShape() {
        return Shape.vector(inputs());
    }

    @Override
    public Shape outputShape() {
        return Shape.vector(outputs());
    }

    @Override
    public int fanIn() {
        return inputs();
    }

    @Override
    public String op() {
        return "dense";
    }
}
