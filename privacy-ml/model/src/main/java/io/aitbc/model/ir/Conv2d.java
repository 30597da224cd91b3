package io.aitbc.model.ir;

/**
 * 2D convolution (cross-correlation, as ONNX Conv) with stride and zero padding, groups = 1, no dilation.
 * Weights are {@code [outC][inC][kH][kW]}, bias {@code [outC]}.
 */
public record Conv2d(Shape inputShape, RealTensor weights, RealTensor bias, Window window) implements LinearLayer {

    public Conv2d {
        inputShape.requireImage("Conv2d");
        Shape w = weights.shape();
        if (w.rank() != 4 || w.dim(1) != inputShape.dim(0) || w.dim(2) != window.kernelH() || w.dim(3) != window.kernelW()) {
            throw new IllegalArgumentException("Conv2d weights must be [outC][" + inputShape.dim(0) + "]["
                    + window.kernelH() + "][" + window.kernelW() + "], got " + w);
        }
        if (!bias.shape().equals(Shape.vector(w.dim(0)))) {
            throw new IllegalArgumentException("Conv2d bias must be [" + w.dim(0) + "], got " + bias.shape());
        }
        window.outputHeight(inputShape.dim(1));
        window.outputWidth(inputShape.dim(2));
    }

    public int inChannels() {
        return inputShape.dim(0);
    }

    @Override
    public int outputChannels() {
        return weights.shape().dim(0);
    }

    @Override
    public Shape outputShape() {
        return Shape.image(outputChannels(), window.outputHeight(inputShape.dim(1)), window.outputWidth(inputShape.dim(2)));
    }

    @Override
    public int fanIn() {
        return inChannels() * window.kernelH() * window.kernelW();
    }

    @Override
    public String op() {
        return "conv2d";
    }

    @Override
    public Conv2d withChannelAffine(double[] scale, double[] shift) {
        double[][] wb = LinearLayer.foldAffine(weights, bias, scale, shift);
        return new Conv2d(inputShape, RealTensor.of(weights.shape(), wb[0]), RealTensor.of(bias.shape(), wb[1]), window);
    }
}
