package io.aitbc.model.ir;

/** Average pooling over each channel (ONNX AveragePool without padding, ceil_mode = 0). */
public record AveragePool(Shape inputShape, Window window) implements Layer {

    public AveragePool {
        inputShape.requireImage("AveragePool");
        if (!window.padding().isNone()) {
            throw new IllegalArgumentException("AveragePool with padding is not supported (its divisor would vary)");
        }
        window.outputHeight(inputShape.dim(1));
        window.outputWidth(inputShape.dim(2));
    }

    @Override
    public Shape outputShape() {
        return Shape.image(inputShape.dim(0), window.outputHeight(inputShape.dim(1)), window.outputWidth(inputShape.dim(2)));
    }

    /** Number of values averaged into one output. */
    public int windowSize() {
        return window.kernelH() * window.kernelW();
    }

    @Override
    public String op() {
        return "avgpool";
    }
}
