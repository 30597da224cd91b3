package io.aitbc.model.ir;

/**
 * Fully connected layer {@code y_i = b_i + sum_j W[i][j] x_j} (ONNX Gemm with transB = 1, or MatMul + Add).
 * Weights are {@code [outputs][inputs]}, bias {@code [outputs]}.
 */
public record Dense(RealTensor weights, RealTensor bias) implements LinearLayer {

    public Dense {
        Shape w = weights.shape();
        if (w.rank() != 2) {
            throw new IllegalArgumentException("Dense weights must be [outputs][inputs], got " + w);
        }
        if (!bias.shape().equals(Shape.vector(w.dim(0)))) {
            throw new IllegalArgumentException("Dense bias must be [" + w.dim(0) + "], got " + bias.shape());
        }
    }

    public static Dense of(int inputs, int outputs, double[] weights, double[] bias) {
        return new Dense(RealTensor.of(Shape.of(outputs, inputs), weights), RealTensor.of(Shape.vector(outputs), bias));
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
    public int outputChannels() {
        return outputs();
    }

    @Override
    public int fanIn() {
        return inputs();
    }

    @Override
    public String op() {
        return "dense";
    }

    @Override
    public Dense withChannelAffine(double[] scale, double[] shift) {
        double[][] wb = LinearLayer.foldAffine(weights, bias, scale, shift);
        return Dense.of(inputs(), outputs(), wb[0], wb[1]);
    }
}
