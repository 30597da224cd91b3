package io.aitbc.model.ir;

import java.util.List;

/**
 * The range of values entering each layer over sample inputs: what an FHE compiler needs to pick the
 * interval of a polynomial ReLU approximation, or to check that values stay inside the encoding's range.
 * Immutable; {@code min(i)}/{@code max(i)} refer to the input of layer {@code i} ({@code i = layers} is the output).
 */
public final class ActivationRanges {
    private final double[] min;
    private final double[] max;
    private final int samples;

    private ActivationRanges(double[] min, double[] max, int samples) {
        this.min = min;
        this.max = max;
        this.samples = samples;
    }

    /** Runs the model in float on every sample and records the extreme values before each layer. */
    public static ActivationRanges calibrate(Model model, Iterable<double[]> inputs) {
        int n = model.layers().size() + 1;
        double[] min = new double[n];
        double[] max = new double[n];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        int count = 0;
        for (double[] x : inputs) {
            List<double[]> values = FloatInference.trace(model, x);
            for (int i = 0; i < n; i++) {
                for (double v : values.get(i)) {
                    min[i] = Math.min(min[i], v);
                    max[i] = Math.max(max[i], v);
                }
            }
            count++;
        }
        if (count == 0) {
            throw new IllegalArgumentException("calibration needs at least one sample");
        }
        return new ActivationRanges(min, max, count);
    }

    public double min(int layerInput) {
        return min[layerInput];
    }

    public double max(int layerInput) {
        return max[layerInput];
    }

    /** {@code max(|min|, |max|)} before layer {@code i}: the symmetric interval an approximation must cover. */
    public double bound(int layerInput) {
        return Math.max(Math.abs(min[layerInput]), Math.abs(max[layerInput]));
    }

    public int samples() {
        return samples;
    }
}
