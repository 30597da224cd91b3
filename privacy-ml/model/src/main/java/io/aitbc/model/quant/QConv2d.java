package io.aitbc.model.quant;

import io.aitbc.model.ir.Padding;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.ir.Window;

/** Quantized 2D convolution with stride and zero padding; weights {@code [outC][inC][kH][kW]}. */
public record QConv2d(Shape inputShape, IntTensor weights, IntTensor bias, Window window, int weightFractionBits)
        implements QLinear {

    public QConv2d {
        inputShape.requireImage("QConv2d");
        Shape w = weights.shape();
        if (w.rank() != 4 || w.dim(1) != inputShape.dim(0) || w.dim(2) != window.kernelH() || w.dim(3) != window.kernelW()
                || !bias.shape().equals(Shape.vector(w.dim(0)))) {
            throw new IllegalArgumentException("QConv2d weights " + w + " / bias " + bias.shape() + " do not fit input "
                    + inputShape + " and window " + window);
        }
        Padding p = window.padding();
        if (window.strideH() != window.strideW() || p.top() != p.left() || p.top() != p.bottom() || p.top() != p.right()) {
            throw new IllegalArgumentException("a quantized convolution needs one stride and the same padding on all sides "
                    + "(docs/ZKML-SPEC.md §2), got " + window);
        }
    }

    public int outputChannels() {
        return weights.shape().dim(0);
    }

    @Override
    public Shape outputShape() {
        return Shape.image(outputChannels(), window.outputHeight(inputShape.dim(1)), window.outputWidth(inputShape.dim(2)));
    }

    @Override
    public int fanIn() {
        return inputShape.dim(0) * window.kernelH() * window.kernelW();
    }

    @Override
    public String op() {
        return "conv2d";
    }
}
