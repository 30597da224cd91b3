package io.aitbc.model.train;

import io.aitbc.model.ir.Conv2d;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.Layer;
import io.aitbc.model.ir.LinearLayer;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.RealTensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The mutable weights and biases of a model during training (or their gradients), one pair of arrays per
 * layer ({@code null} for layers without parameters), in the IR layouts.
 */
final class Parameters {
    final double[][] weights;
    final double[][] biases;

    private Parameters(double[][] weights, double[][] biases) {
        this.weights = weights;
        this.biases = biases;
    }

    static Parameters of(Model model) {
        int n = model.layers().size();
        double[][] w = new double[n][];
        double[][] b = new double[n][];
        for (int i = 0; i < n; i++) {
            if (model.layers().get(i) instanceof LinearLayer lin) {
                w[i] = lin.weights().toArray();
                b[i] = lin.bias().toArray();
            }
        }
        return new Parameters(w, b);
    }

    /** Zeros of the same shapes. */
    Parameters zerosLike() {
        double[][] w = new double[weights.length][];
        double[][] b = new double[biases.length][];
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != null) {
                w[i] = new double[weights[i].length];
                b[i] = new double[biases[i].length];
            }
        }
        return new Parameters(w, b);
    }

    void clear() {
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != null) {
                java.util.Arrays.fill(weights[i], 0);
                java.util.Arrays.fill(biases[i], 0);
            }
        }
    }

    void add(Parameters other) {
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != null) {
                addInto(weights[i], other.weights[i]);
                addInto(biases[i], other.biases[i]);
            }
        }
    }

    /** A view with every weight array snapped to the {@code bits}-bit quantization grid; biases are shared. */
    Parameters snapped(int bits) {
        double[][] w = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != null) {
                w[i] = io.aitbc.model.quant.Quantizer.snapWeights(weights[i], bits);
            }
        }
        return new Parameters(w, biases);
    }

    /** All parameter arrays in a fixed order (for optimizers). */
    List<double[]> arrays() {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != null) {
                out.add(weights[i]);
                out.add(biases[i]);
            }
        }
        return out;
    }

    /** The model with these parameters. */
    Model toModel(Model template) {
        List<Layer> layers = new ArrayList<>(template.layers());
        for (int i = 0; i < layers.size(); i++) {
            switch (layers.get(i)) {
                case Dense d -> layers.set(i, Dense.of(d.inputs(), d.outputs(), weights[i], biases[i]));
                case Conv2d c -> layers.set(i, new Conv2d(c.inputShape(), RealTensor.of(c.weights().shape(), weights[i]),
                        RealTensor.of(c.bias().shape(), biases[i]), c.window()));
                default -> { }
            }
        }
        return new Model(template.inputShape(), layers, template.head());
    }

    private static void addInto(double[] a, double[] b) {
        for (int j = 0; j < a.length; j++) {
            a[j] += b[j];
        }
    }
}
