package io.aitbc.model.approx;

import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Layer;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Polynomial;
import io.aitbc.model.ir.Relu;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces every ReLU of a model by a polynomial of a given degree, fitted to {@code max(x, 0)} over the
 * values that actually reach that layer on calibration inputs (for FHE, which evaluates only polynomials).
 * The fit minimizes the squared error over those values (so the polynomial is accurate where the data
 * lies), plus a uniform grid over {@code [-B, B]} with {@code B = margin * max|x|} carrying the same
 * total weight (so it stays sane across the whole calibrated interval). Models trained with square
 * activations need none of this.
 */
public final class ReluApproximation {

    /** One replaced ReLU: its layer index, interval bound, polynomial and error on the calibration values. */
    public record Fitted(int layer, double bound, Polynomial polynomial, double maxError, double rmsError) {
    }

    /** The approximated model and what was done to each ReLU. */
    public record Result(Model model, List<Fitted> fits) {
        public Result {
            fits = List.copyOf(fits);
        }
    }

    private static final int GRID = 2001;
    /** Total weight of the uniform grid relative to the calibration values (which weigh 1 in total). */
    private static final double GRID_WEIGHT = 0.01;
    private static final int MAX_VALUES = 200_000;

    private ReluApproximation() {
    }

    /**
     * @param degree  polynomial degree (2 or more)
     * @param margin  how far beyond the largest calibration magnitude the interval extends (e.g. 1.2)
     */
    public static Result approximate(Model model, List<double[]> calibration, int degree, double margin) {
        if (degree < 2) {
            throw new IllegalArgumentException("degree must be at least 2");
        }
        if (margin < 1) {
            throw new IllegalArgumentException("margin must be at least 1");
        }
        if (calibration.isEmpty()) {
            throw new IllegalArgumentException("calibration needs at least one input");
        }
        Model current = model;
        List<Fitted> fits = new ArrayList<>();
        for (int i = 0; i < model.layers().size(); i++) {
            if (!(model.layers().get(i) instanceof Relu relu)) {
                continue;
            }
            // Values entering layer i in the model as approximated so far (earlier ReLUs already replaced).
            double[] values = layerInputs(current, i, calibration);
            Fitted f = fit(i, relu, values, degree, margin);
            fits.add(f);
            current = current.withLayer(i, f.polynomial());
        }
        return new Result(current, fits);
    }

    private static double[] layerInputs(Model model, int layer, List<double[]> calibration) {
        int per = model.layers().get(layer).inputShape().size();
        int stride = Math.max(1, (int) Math.ceil((double) calibration.size() * per / MAX_VALUES));
        List<double[]> rows = new ArrayList<>();
        for (double[] x : calibration) {
            double[] v = x;
            for (int k = 0; k < layer; k++) {
                v = FloatInference.apply(model.layers().get(k), v);
            }
            rows.add(v);
        }
        double[] out = new double[(rows.size() * per + stride - 1) / stride];
        int n = 0;
        for (int idx = 0; idx < rows.size() * per; idx += stride) {
            out[n++] = rows.get(idx / per)[idx % per];
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static Fitted fit(int layer, Relu relu, double[] values, int degree, double margin) {
        double maxAbs = 0;
        for (double v : values) {
            maxAbs = Math.max(maxAbs, Math.abs(v));
        }
        double bound = margin * Math.max(maxAbs, 1e-6);
        int n = values.length + GRID;
        double[] t = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < values.length; i++) {
            t[i] = values[i] / bound;
            y[i] = Math.max(t[i], 0);
            w[i] = 1.0 / values.length;
        }
        for (int g = 0; g < GRID; g++) {
            int i = values.length + g;
            t[i] = -1 + 2.0 * g / (GRID - 1);
            y[i] = Math.max(t[i], 0);
            w[i] = GRID_WEIGHT / GRID;
        }
        double[] c = LeastSquares.fit(t, y, w, degree);
        // p(x) = bound * q(x / bound): coefficient k becomes c_k * bound^(1-k).
        double[] coeffs = new double[c.length];
        for (int k = 0; k < c.length; k++) {
            coeffs[k] = c[k] * Math.pow(bound, 1 - k);
        }
        Polynomial p = new Polynomial(relu.inputShape(), coeffs);
        double max = 0;
        double sq = 0;
        for (double v : values) {
            double e = Math.abs(p.evaluate(v) - Math.max(v, 0));
            max = Math.max(max, e);
            sq += e * e;
        }
        return new Fitted(layer, bound, p, max, Math.sqrt(sq / values.length));
    }
}
