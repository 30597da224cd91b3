package io.aitbc.model.quant;

import io.aitbc.model.ir.WindowGather;
import java.util.ArrayList;
import java.util.List;

/**
 * The quantized reference inference: exact integer arithmetic with the semantics of docs/ZKML-SPEC.md §2,
 * bit for bit what the generated circuit computes. Values outside the spec's ranges raise
 * {@link QuantizationRangeException} (the circuit could not prove them).
 */
public final class QuantizedInference {

    private QuantizedInference() {
    }

    /** The model input {@code x} as fixed-point: {@code round(x * 2^fA)}, checked to {@code bIn} bits. */
    public static long[] quantizeInput(QuantizedModel model, double[] x) {
        checkLength(model, x.length);
        QuantizationParams p = model.params();
        long[] q = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            q[i] = FixedPoint.quantize(x[i], p.fA(), p.bIn(), "input " + i);
        }
        return q;
    }

    /** The logits (32-bit, {@code fA} fractional bits). */
    public static long[] logits(QuantizedModel model, long[] x) {
        List<long[]> t = trace(model, x);
        return t.getLast();
    }

    /** The predicted class: argmax of the logits, lowest index on ties. */
    public static int predict(QuantizedModel model, long[] x) {
        return argmax(logits(model, x));
    }

    public static int argmax(long[] z) {
        int best = 0;
        for (int i = 1; i < z.length; i++) {
            if (z[i] > z[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The values after every layer (element 0 is the input), e.g. to debug a circuit witness. */
    public static List<long[]> trace(QuantizedModel model, long[] x) {
        checkLength(model, x.length);
        for (int i = 0; i < x.length; i++) {
            if (!FixedPoint.fits(x[i], model.params().bIn())) {
                throw new QuantizationRangeException("input " + i + " = " + x[i] + " is outside the signed "
                        + model.params().bIn() + "-bit input range");
            }
        }
        List<long[]> values = new ArrayList<>();
        long[] v = x.clone();
        values.add(v);
        for (int i = 0; i < model.layers().size(); i++) {
            v = apply(i, model.layers().get(i), v, model.params());
            values.add(v);
        }
        return values;
    }

    private static long[] apply(int index, QuantizedLayer layer, long[] x, QuantizationParams p) {
        String where = "layer " + index + " (" + layer.op() + ")";
        return switch (layer) {
            case QDense d -> dense(d, x, where);
            case QConv2d c -> conv(c, x, where);
            case QAveragePool a -> averagePool(a, x, where);
            case QRelu r -> relu(x);
            case QSquare s -> square(x, p.fA(), where);
            case QReshape r -> x;
        };
    }

    private static long[] dense(QDense d, long[] x, String where) {
        int in = d.inputs();
        IntTensor w = d.weights();
        long[] y = new long[d.outputs()];
        for (int o = 0; o < y.length; o++) {
            long acc = d.bias().at(o);
            int row = o * in;
            for (int i = 0; i < in; i++) {
                acc += w.at(row + i) * x[i];
            }
            y[o] = FixedPoint.rescale(acc, d.weightFractionBits(), where);
        }
        return y;
    }

    private static long[] conv(QConv2d c, long[] x, String where) {
        WindowGather g = WindowGather.of(c.inputShape(), c.window(), true);
        int positions = g.positions();
        int fan = g.windowSize();
        IntTensor w = c.weights();
        long[] y = new long[c.outputChannels() * positions];
        for (int oc = 0; oc < c.outputChannels(); oc++) {
            for (int pos = 0; pos < positions; pos++) {
                long acc = c.bias().at(oc);
                for (int k = 0; k < fan; k++) {
                    int idx = g.index(pos, k);
                    if (idx >= 0) {
                        acc += w.at(oc * fan + k) * x[idx];
                    }
                }
                y[oc * positions + pos] = FixedPoint.rescale(acc, c.weightFractionBits(), where);
            }
        }
        return y;
    }

    private static long[] averagePool(QAveragePool a, long[] x, String where) {
        WindowGather g = WindowGather.of(a.inputShape(), a.window(), false);
        int channels = a.inputShape().dim(0);
        long[] y = new long[channels * g.positions()];
        for (int ch = 0; ch < channels; ch++) {
            int offset = WindowGather.channelOffset(a.inputShape(), ch);
            for (int pos = 0; pos < g.positions(); pos++) {
                long sum = 0;
                for (int k = 0; k < g.windowSize(); k++) {
                    sum += x[offset + g.index(pos, k)];
                }
                y[ch * g.positions() + pos] = FixedPoint.rescale(sum, a.shift(), where);
            }
        }
        return y;
    }

    private static long[] relu(long[] x) {
        long[] y = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.max(x[i], 0);
        }
        return y;
    }

    private static long[] square(long[] x, int fa, String where) {
        long[] y = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = FixedPoint.rescale(x[i] * x[i], fa, where); // |x| <= 2^31, so x*x <= 2^62 fits a long
        }
        return y;
    }

    private static void checkLength(QuantizedModel model, int n) {
        if (n != model.inputShape().size()) {
            throw new IllegalArgumentException("the model expects " + model.inputShape().size() + " input values "
                    + model.inputShape() + ", got " + n);
        }
    }
}
