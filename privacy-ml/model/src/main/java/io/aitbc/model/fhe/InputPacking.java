package io.aitbc.model.fhe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.aitbc.fhe.nn.SlotLayout;
import io.aitbc.model.ir.Padding;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.ir.Window;
import io.aitbc.model.ir.WindowGather;

/**
 * How a client places the model input in the slots before encrypting: the layout the first packed layer
 * reads. {@link #encode} turns the flat (row-major) input into the slot vector.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = InputPacking.Windows.class, name = "windows"),
    @JsonSubTypes.Type(value = InputPacking.Periodic.class, name = "periodic"),
    @JsonSubTypes.Type(value = InputPacking.Im2col.class, name = "im2col")})
public sealed interface InputPacking {

    /** Number of model input values. */
    int inputLength();

    int slots();

    /** The layout over the values the first layer reads. */
    SlotLayout layout();

    /** The slot vector for a flat input of {@link #inputLength()} values. */
    double[] encode(double[] input);

    /** Overlapping windows (see {@link SlotLayout#windows}). */
    record Windows(int length, int block, int shift, int slots) implements InputPacking {
        @Override public int inputLength() { return length; }
        @Override public SlotLayout layout() { return SlotLayout.windows(length, block, shift, slots); }
        @Override public double[] encode(double[] input) { return layout().encode(input); }
    }

    /** Value i in every slot s with s mod period == i (period == slots: contiguous). */
    record Periodic(int length, int period, int slots) implements InputPacking {
        @Override public int inputLength() { return length; }
        @Override public SlotLayout layout() { return SlotLayout.periodic(length, period, slots); }
        @Override public double[] encode(double[] input) { return layout().encode(input); }
    }

    /**
     * im2col for a first convolution over an image [C, H, W]: slot e * positions + p holds the pixel that
     * window element e reads at output position p (0 on padding), element order as the IR's
     * {@link WindowGather}.
     */
    record Im2col(int channels, int height, int width, int kernelH, int kernelW, int strideH, int strideW,
                  int padTop, int padLeft, int padBottom, int padRight, int slots) implements InputPacking {

        static Im2col of(Shape image, Window w, int slots) {
            return new Im2col(image.dim(0), image.dim(1), image.dim(2), w.kernelH(), w.kernelW(), w.strideH(), w.strideW(),
                    w.padding().top(), w.padding().left(), w.padding().bottom(), w.padding().right(), slots);
        }

        @JsonIgnore
        WindowGather gather() {
            return WindowGather.of(Shape.image(channels, height, width),
                    new Window(kernelH, kernelW, strideH, strideW, new Padding(padTop, padLeft, padBottom, padRight)), true);
        }

        @Override public int inputLength() { return channels * height * width; }

        @Override
        public SlotLayout layout() {
            WindowGather g = gather();
            return SlotLayout.contiguous(g.windowSize() * g.positions(), slots);
        }

        @Override
        public double[] encode(double[] input) {
            if (input.length != inputLength()) {
                throw new IllegalArgumentException("im2col packing reads " + inputLength() + " values, got " + input.length);
            }
            WindowGather g = gather();
            double[] virtual = new double[g.windowSize() * g.positions()];
            for (int e = 0; e < g.windowSize(); e++) {
                for (int p = 0; p < g.positions(); p++) {
                    int idx = g.index(p, e);
                    virtual[e * g.positions() + p] = idx < 0 ? 0 : input[idx];
                }
            }
            return layout().encode(virtual);
        }
    }
}
