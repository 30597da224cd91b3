package io.aitbc.model.ir;

import java.util.ArrayList;
import java.util.List;

/** Plaintext reference inference in double precision: the meaning of every layer. */
public final class FloatInference {

    private FloatInference() {
    }

    /** The model's output: the logits, or their softmax when the head says so. */
    public static double[] run(Model model, double[] input) {
        double[] logits = logits(model, input);
        return switch (model.head()) {
            case LOGITS -> logits;
            case SOFTMAX -> softmax(logits);
            case LOG_SOFTMAX -> map(softmax(logits), Math::log);
        };
    }

    /** The last layer's values (before any softmax). */
    public static double[] logits(Model model, double[] input) {
        checkInput(model, input);
        double[] x = input;
        for (Layer layer : model.layers()) {
            x = apply(layer, x);
        }
        return x;
    }

    /** The predicted class: argmax of the logits, lowest index on ties. */
    public static int predict(Model model, double[] input) {
        return argmax(logits(model, input));
    }

    /** The output of every layer in order (element 0 is the input), e.g. to calibrate activation ranges. */
    public static List<double[]> trace(Model model, double[] input) {
        checkInput(model, input);
        List<double[]> values = new ArrayList<>(model.layers().size() + 1);
        double[] x = input.clone();
        values.add(x);
        for (Layer layer : model.layers()) {
            x = apply(layer, x);
            values.add(x);
        }
        return values;
    }

    public static double[] apply(Layer layer, double[] x) {
        return switch (layer) {
            case Dense d -> dense(d, x);
            case Conv2d c -> conv(c, x);
            case AveragePool p -> averagePool(p, x);
            case Flatten f -> x;
            case Reshape r -> x;
            case Relu r -> map(x, v -> Math.max(v, 0));
            case Square s -> map(x, v -> v * v);
            case Polynomial p -> map(x, p::evaluate);
        };
    }

    public static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    public static double[] softmax(double[] z) {
        double max = z[argmax(z)];
        double[] e = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            e[i] = Math.exp(z[i] - max);
            sum += e[i];
        }
        for (int i = 0; i < e.length; i++) {
            e[i] /= sum;
        }
        return e;
    }

    private static void checkInput(Model model, double[] input) {
        if (input.length != model.inputShape().size()) {
            throw new IllegalArgumentException("the model expects " + model.inputShape().size() + " input values "
                    + model.inputShape() + ", got " + input.length);
        }
    }

    private static double[] dense(Dense d, double[] x) {
        int in = d.inputs();
        RealTensor w = d.weights();
        double[] y = new double[d.outputs()];
        for (int o = 0; o < y.length; o++) {
            double acc = d.bias().at(o);
            int row = o * in;
            for (int i = 0; i < in; i++) {
                acc += w.at(row + i) * x[i];
            }
            y[o] = acc;
        }
        return y;
    }

    private static double[] conv(Conv2d c, double[] x) {
        WindowGather g = WindowGather.forConv(c);
        int positions = g.positions();
        int fanIn = g.windowSize();
        RealTensor w = c.weights();
        double[] y = new double[c.outputChannels() * positions];
        for (int oc = 0; oc < c.outputChannels(); oc++) {
            for (int p = 0; p < positions; p++) {
                double acc = c.bias().at(oc);
                for (int k = 0; k < fanIn; k++) {
                    int idx = g.index(p, k);
                    if (idx >= 0) {
                        acc += w.at(oc * fanIn + k) * x[idx];
                    }
                }
                y[oc * positions + p] = acc;
            }
        }
        return y;
    }

    private static double[] averagePool(AveragePool pool, double[] x) {
        WindowGather g = WindowGather.forPool(pool);
        int channels = pool.inputShape().dim(0);
        int positions = g.positions();
        double[] y = new double[channels * positions];
        for (int c = 0; c < channels; c++) {
            int offset = WindowGather.channelOffset(pool.inputShape(), c);
            for (int p = 0; p < positions; p++) {
                double sum = 0;
                for (int k = 0; k < g.windowSize(); k++) {
                    sum += x[offset + g.index(p, k)];
                }
                y[c * positions + p] = sum / g.windowSize();
            }
        }
        return y;
    }

    private static double[] map(double[] x, java.util.function.DoubleUnaryOperator f) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = f.applyAsDouble(x[i]);
        }
        return y;
    }
}
