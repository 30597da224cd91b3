package io.aitbc.model.train;

import io.aitbc.model.ir.AveragePool;
import io.aitbc.model.ir.Conv2d;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.Flatten;
import io.aitbc.model.ir.Layer;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Polynomial;
import io.aitbc.model.ir.Relu;
import io.aitbc.model.ir.Reshape;
import io.aitbc.model.ir.Square;
import io.aitbc.model.ir.WindowGather;

/**
 * Forward and backward pass of one example through a model whose parameters live in {@link Parameters}
 * (so training needs no immutable copies). Loss: softmax cross-entropy on the logits.
 */
final class Backprop {
    private final Model template;
    private final WindowGather[] gathers;

    Backprop(Model template) {
        this.template = template;
        this.gathers = new WindowGather[template.layers().size()];
        for (int i = 0; i < gathers.length; i++) {
            Layer l = template.layers().get(i);
            if (l instanceof Conv2d c) {
                gathers[i] = WindowGather.forConv(c);
            } else if (l instanceof AveragePool p) {
                gathers[i] = WindowGather.forPool(p);
            }
        }
    }

    /** Activations of every layer (index 0 is the input). */
    double[][] forward(Parameters p, double[] input) {
        int n = template.layers().size();
        double[][] acts = new double[n + 1][];
        acts[0] = input;
        for (int i = 0; i < n; i++) {
            acts[i + 1] = forward(i, p, acts[i]);
        }
        return acts;
    }

    /** Adds this example's gradients into {@code grad}; returns its loss. */
    double accumulate(Parameters p, Parameters grad, double[] input, int label) {
        double[][] acts = forward(p, input);
        double[] logits = acts[acts.length - 1];
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
            max = Math.max(max, z);
        }
        double sum = 0;
        double[] dy = new double[logits.length];
        for (int k = 0; k < logits.length; k++) {
            dy[k] = Math.exp(logits[k] - max);
            sum += dy[k];
        }
        for (int k = 0; k < logits.length; k++) {
            dy[k] /= sum;
        }
        double loss = -Math.log(Math.max(dy[label], 1e-300));
        dy[label] -= 1;
        for (int i = template.layers().size() - 1; i >= 0; i--) {
            dy = backward(i, p, grad, acts[i], dy, i > 0);
        }
        return loss;
    }

    private double[] forward(int i, Parameters p, double[] x) {
        return switch (template.layers().get(i)) {
            case Dense d -> {
                double[] w = p.weights[i];
                double[] b = p.biases[i];
                int in = d.inputs();
                double[] y = new double[d.outputs()];
                for (int o = 0; o < y.length; o++) {
                    double acc = b[o];
                    int row = o * in;
                    for (int j = 0; j < in; j++) {
                        acc += w[row + j] * x[j];
                    }
                    y[o] = acc;
                }
                yield y;
            }
            case Conv2d c -> {
                WindowGather g = gathers[i];
                double[] w = p.weights[i];
                int fan = g.windowSize();
                double[] y = new double[c.outputChannels() * g.positions()];
                for (int oc = 0; oc < c.outputChannels(); oc++) {
                    for (int pos = 0; pos < g.positions(); pos++) {
                        double acc = p.biases[i][oc];
                        for (int k = 0; k < fan; k++) {
                            int idx = g.index(pos, k);
                            if (idx >= 0) {
                                acc += w[oc * fan + k] * x[idx];
                            }
                        }
                        y[oc * g.positions() + pos] = acc;
                    }
                }
                yield y;
            }
            case AveragePool a -> io.aitbc.model.ir.FloatInference.apply(a, x);
            case Flatten f -> x;
            case Reshape r -> x;
            case Relu r -> io.aitbc.model.ir.FloatInference.apply(r, x);
            case Square s -> io.aitbc.model.ir.FloatInference.apply(s, x);
            case Polynomial poly -> io.aitbc.model.ir.FloatInference.apply(poly, x);
        };
    }

    /** Gradient with respect to the layer's input (skipped when not needed), accumulating parameter gradients. */
    private double[] backward(int i, Parameters p, Parameters grad, double[] x, double[] dy, boolean needInputGrad) {
        return switch (template.layers().get(i)) {
            case Dense d -> {
                int in = d.inputs();
                double[] w = p.weights[i];
                double[] gw = grad.weights[i];
                double[] gb = grad.biases[i];
                double[] dx = needInputGrad ? new double[in] : null;
                for (int o = 0; o < d.outputs(); o++) {
                    double g = dy[o];
                    if (g == 0) {
                        continue;
                    }
                    gb[o] += g;
                    int row = o * in;
                    for (int j = 0; j < in; j++) {
                        gw[row + j] += g * x[j];
                    }
                    if (dx != null) {
                        for (int j = 0; j < in; j++) {
                            dx[j] += w[row + j] * g;
                        }
                    }
                }
                yield dx;
            }
            case Conv2d c -> {
                WindowGather g = gathers[i];
                int fan = g.windowSize();
                double[] w = p.weights[i];
                double[] gw = grad.weights[i];
                double[] dx = needInputGrad ? new double[x.length] : null;
                for (int oc = 0; oc < c.outputChannels(); oc++) {
                    for (int pos = 0; pos < g.positions(); pos++) {
                        double d = dy[oc * g.positions() + pos];
                        grad.biases[i][oc] += d;
                        for (int k = 0; k < fan; k++) {
                            int idx = g.index(pos, k);
                            if (idx >= 0) {
                                gw[oc * fan + k] += d * x[idx];
                                if (dx != null) {
                                    dx[idx] += w[oc * fan + k] * d;
                                }
                            }
                        }
                    }
                }
                yield dx;
            }
            case AveragePool a -> {
                WindowGather g = gathers[i];
                double[] dx = new double[x.length];
                int channels = a.inputShape().dim(0);
                for (int ch = 0; ch < channels; ch++) {
                    int offset = WindowGather.channelOffset(a.inputShape(), ch);
                    for (int pos = 0; pos < g.positions(); pos++) {
                        double d = dy[ch * g.positions() + pos] / g.windowSize();
                        for (int k = 0; k < g.windowSize(); k++) {
                            dx[offset + g.index(pos, k)] += d;
                        }
                    }
                }
                yield dx;
            }
            case Flatten f -> dy;
            case Reshape r -> dy;
            case Relu r -> {
                double[] dx = new double[x.length];
                for (int j = 0; j < x.length; j++) {
                    dx[j] = x[j] > 0 ? dy[j] : 0;
                }
                yield dx;
            }
            case Square s -> {
                double[] dx = new double[x.length];
                for (int j = 0; j < x.length; j++) {
                    dx[j] = 2 * x[j] * dy[j];
                }
                yield dx;
            }
            case Polynomial poly -> {
                double[] c = poly.coefficients();
                double[] dx = new double[x.length];
                for (int j = 0; j < x.length; j++) {
                    double deriv = 0;
                    for (int k = c.length - 1; k >= 1; k--) {
                        deriv = deriv * x[j] + k * c[k];
                    }
                    dx[j] = deriv * dy[j];
                }
                yield dx;
            }
        };
    }
}
