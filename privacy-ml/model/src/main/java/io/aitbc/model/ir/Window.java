package io.aitbc.model.ir;

/** A sliding window over an image: kernel size, stride and zero padding (no dilation). */
public record Window(int kernelH, int kernelW, int strideH, int strideW, Padding padding) {

    public Window {
        if (kernelH <= 0 || kernelW <= 0 || strideH <= 0 || strideW <= 0) {
            throw new IllegalArgumentException("kernel and stride must be positive: kernel " + kernelH + "x" + kernelW
                    + ", stride " + strideH + "x" + strideW);
        }
        if (padding.top() >= kernelH || padding.bottom() >= kernelH || padding.left() >= kernelW || padding.right() >= kernelW) {
            throw new IllegalArgumentException("padding " + padding + " must be smaller than the kernel " + kernelH + "x" + kernelW);
        }
    }

    /** A {@code k x k} window with stride {@code stride} and the same padding {@code pad} on every side. */
    public static Window square(int k, int stride, int pad) {
        return new Window(k, k, stride, stride, Padding.same(pad));
    }

    public int outputHeight(int inputHeight) {
        return outputSize(inputHeight + padding.top() + padding.bottom(), kernelH, strideH);
    }

    public int outputWidth(int inputWidth) {
        return outputSize(inputWidth + padding.left() + padding.right(), kernelW, strideW);
    }

    private static int outputSize(int padded, int kernel, int stride) {
        if (padded < kernel) {
            throw new IllegalArgumentException("kernel " + kernel + " larger than the padded input " + padded);
        }
        return (padded - kernel) / stride + 1;
    }
}
