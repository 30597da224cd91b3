package io.aitbc.model.quant;

import io.aitbc.model.ir.Padding;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.ir.Window;

/**
 * Quantized {@code k x k} average pooling with stride {@code k}, allowed only when {@code k*k = 2^t}:
 * {@code y = floor(sum(window) / 2^t)}.
 */
public record QAveragePool(Shape inputShape, int kernel) implements QuantizedLayer {

    public QAveragePool {
        inputShape.requireImage("QAveragePool");
        int area = kernel * kernel;
        if (kernel < 1 || Integer.bitCount(area) != 1) {
            throw new IllegalArgumentException("average pooling " + kernel + "x" + kernel
                    + " cannot be quantized: the window size must be a power of two");
        }
        window(kernel).outputHeight(inputShape.dim(1));
        window(kernel).outputWidth(inputShape.dim(2));
    }

    /** The window: {@code k x k}, stride {@code k}, no padding. */
    public Window window() {
        return window(kernel);
    }

    /** {@code t} with {@code k*k = 2^t}. */
    public int shift() {
        return Integer.numberOfTrailingZeros(kernel * kernel);
    }

    @Override
    public Shape outputShape() {
        Window w = window();
        return Shape.image(inputShape.dim(0), w.outputHeight(inputShape.dim(1)), w.outputWidth(inputShape.dim(2)));
    }

    @Override
    public String op() {
        return "avgpool";
    }

    private static Window window(int k) {
        return new Window(k, k, k, k, Padding.NONE);
    }
}
