package io.aitbc.model.fhe;

import io.aitbc.fhe.nn.SparseMatrix;
import io.aitbc.model.ir.AveragePool;
import io.aitbc.model.ir.Conv2d;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.Layer;
import io.aitbc.model.ir.WindowGather;

/**
 * y = W x + b on flat (row-major) vectors: one IR linear layer, or several consecutive ones fused.
 * Convolutions and pools become sparse matrices through {@link WindowGather}, the IR's one indexing of
 * windows. Immutable.
 */
record Affine(SparseMatrix w, double[] bias) {

    Affine {
        if (bias.length != w.rows()) throw new IllegalArgumentException("bias of " + bias.length + " for " + w.rows() + " rows");
        bias = bias.clone();
    }

    @Override
    public double[] bias() { return bias.clone(); }

    int inputs() { return w.cols(); }

    int outputs() { return w.rows(); }

    /** {@code next} applied after this one. */
    Affine then(Affine next) {
        double[] b = next.w.apply(bias);
        for (int i = 0; i < b.length; i++) b[i] += next.bias[i];
        return new Affine(next.w.times(w), b);
    }

    /** This map followed by y -> factor[r] * y_r + shift[r]. */
    Affine thenScale(double[] factor, double[] shift) {
        double[] b = new double[bias.length];
        for (int i = 0; i < b.length; i++) b[i] = bias[i] * factor[i] + shift[i];
        return new Affine(w.scaleRows(factor), b);
    }

    /** y_i = factor[i] * x_i + shift[i]. */
    static Affine diagonal(double[] factor, double[] shift) {
        SparseMatrix.Builder m = new SparseMatrix.Builder(factor.length, factor.length);
        for (int i = 0; i < factor.length; i++) m.add(i, i, factor[i]);
        return new Affine(m.build(), shift);
    }

    /** The layer's map, or null for layers that only reinterpret the shape (Flatten, Reshape). */
    static Affine of(Layer layer) {
        return switch (layer) {
            case Dense d -> new Affine(SparseMatrix.dense(d.outputs(), d.inputs(), d.weights().toArray()), d.bias().toArray());
            case Conv2d c -> conv(c, WindowGather.forConv(c), false);
            case AveragePool p -> pool(p);
            default -> null;
        };
    }

    /**
     * A convolution on its im2col input: virtual input e * positions + p holds the pixel window element e
     * reads at output position p (see {@link InputPacking.Im2col}), so every weight sits on one diagonal
     * offset per (element, channel) pair.
     */
    static Affine im2colConv(Conv2d c) {
        return conv(c, WindowGather.forConv(c), true);
    }

    private static Affine conv(Conv2d c, WindowGather g, boolean im2col) {
        int positions = g.positions(), fanIn = g.windowSize(), channels = c.outputChannels();
        int cols = im2col ? fanIn * positions : c.inputShape().size();
        SparseMatrix.Builder m = new SparseMatrix.Builder(channels * positions, cols);
        double[] bias = new double[channels * positions];
        for (int oc = 0; oc < channels; oc++) {
            for (int p = 0; p < positions; p++) {
                int row = oc * positions + p;
                bias[row] = c.bias().at(oc);
                for (int k = 0; k < fanIn; k++) {
                    int idx = g.index(p, k);
                    if (idx >= 0) m.add(row, im2col ? k * positions + p : idx, c.weights().at(oc * fanIn + k));
                }
            }
        }
        return new Affine(m.build(), bias);
    }

    private static Affine pool(AveragePool pool) {
        WindowGather g = WindowGather.forPool(pool);
        int channels = pool.inputShape().dim(0), positions = g.positions();
        SparseMatrix.Builder m = new SparseMatrix.Builder(channels * positions, pool.inputShape().size());
        for (int c = 0; c < channels; c++) {
            int offset = WindowGather.channelOffset(pool.inputShape(), c);
            for (int p = 0; p < positions; p++) {
                for (int k = 0; k < g.windowSize(); k++) m.add(c * positions + p, offset + g.index(p, k), 1.0 / g.windowSize());
            }
        }
        return new Affine(m.build(), new double[channels * positions]);
    }
}
