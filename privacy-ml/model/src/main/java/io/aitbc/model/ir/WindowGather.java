package io.aitbc.model.ir;

/**
 * Which input values a sliding window reads, precomputed once: for output position {@code p = oh * outW + ow}
 * and window element {@code k = (c * kH + kh) * kW + kw}, {@link #index} is the row-major index into the
 * input image, or {@code -1} where the window lies on zero padding. The element order matches the Conv
 * weight layout {@code [outC][inC][kH][kW]}, so every back end (float, quantized, FHE packing, circuit
 * generation) walks convolutions and pools the same way.
 */
public final class WindowGather {
    private final int[][] index;
    private final int outH;
    private final int outW;

    private WindowGather(int[][] index, int outH, int outW) {
        this.index = index;
        this.outH = outH;
        this.outW = outW;
    }

    /** The gather of a convolution: every window spans all input channels. */
    public static WindowGather forConv(Conv2d conv) {
        return build(conv.inputShape(), conv.window(), conv.inChannels());
    }

    /**
     * The gather of a pooling layer over channel 0; add {@code c * H * W} to an index for channel {@code c}
     * (see {@link #channelOffset}).
     */
    public static WindowGather forPool(AveragePool pool) {
        return build(pool.inputShape(), pool.window(), 1);
    }

    /**
     * The gather of any window over an image: across all its channels (convolutions) or over channel 0 only
     * (pooling, see {@link #channelOffset}).
     */
    public static WindowGather of(Shape image, Window window, boolean allChannels) {
        image.requireImage("a window");
        return build(image, window, allChannels ? image.dim(0) : 1);
    }

    private static WindowGather build(Shape input, Window w, int channels) {
        int h = input.dim(1);
        int wd = input.dim(2);
        int outH = w.outputHeight(h);
        int outW = w.outputWidth(wd);
        int[][] index = new int[outH * outW][channels * w.kernelH() * w.kernelW()];
        for (int oh = 0; oh < outH; oh++) {
            for (int ow = 0; ow < outW; ow++) {
                int[] row = index[oh * outW + ow];
                int k = 0;
                for (int c = 0; c < channels; c++) {
                    for (int kh = 0; kh < w.kernelH(); kh++) {
                        int ih = oh * w.strideH() + kh - w.padding().top();
                        for (int kw = 0; kw < w.kernelW(); kw++) {
                            int iw = ow * w.strideW() + kw - w.padding().left();
                            boolean inside = ih >= 0 && ih < h && iw >= 0 && iw < wd;
                            row[k++] = inside ? (c * h + ih) * wd + iw : -1;
                        }
                    }
                }
            }
        }
        return new WindowGather(index, outH, outW);
    }

    public static int channelOffset(Shape image, int channel) {
        return channel * image.dim(1) * image.dim(2);
    }

    public int positions() {
        return index.length;
    }

    public int windowSize() {
        return index[0].length;
    }

    public int outputHeight() {
        return outH;
    }

    public int outputWidth() {
        return outW;
    }

    /** Input index read by window element {@code k} at output position {@code position}, or -1 for padding. */
    public int index(int position, int k) {
        return index[position][k];
    }
}
