package io.aitbc.model.fhe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Arrays;

/**
 * How one activation layer of the model is computed under encryption: on an element of channel c,
 * f(x) = bounds[c] * q(x / bounds[c]) with q in the power basis, shared by all channels. Channels are the
 * elements of a vector input and the first axis of an image input, so each hidden unit (or feature map)
 * is normalized to its own calibrated range; the scalings fold into the neighbouring linear layers.
 * {@code op} is the IR operator ("square", "relu", "polynomial"); {@code method} says whether it is exact
 * ("exact": square, or the owner's own polynomial with one common bound) or an approximation of ReLU
 * ("chebyshev" interpolation or "least-squares" fit weighted by the observed pre-activations).
 */
public record ActivationSpec(int layer, String op, String method, double[] bounds, double[] coefficients) {

    public ActivationSpec {
        bounds = bounds.clone();
        if (bounds.length == 0) throw new IllegalArgumentException("an activation needs at least one channel bound");
        for (double b : bounds) if (!(b > 0) || Double.isInfinite(b)) throw new IllegalArgumentException("bounds must be positive: " + b);
        coefficients = coefficients.clone();
        if (coefficients.length < 2) throw new IllegalArgumentException("an activation needs degree >= 1");
        for (double c : coefficients) if (!Double.isFinite(c)) throw new IllegalArgumentException("coefficient " + c);
        if (method.equals("exact") && Arrays.stream(bounds).distinct().count() > 1) {
            throw new IllegalArgumentException("an exact activation has one common bound");
        }
    }

    @Override
    public double[] bounds() { return bounds.clone(); }

    @Override
    public double[] coefficients() { return coefficients.clone(); }

    public int degree() {
        int d = coefficients.length - 1;
        while (d > 0 && coefficients[d] == 0) d--;
        return d;
    }

    @JsonIgnore
    public boolean isApproximation() { return !method.equals("exact"); }

    @JsonIgnore
    boolean isSquare() {
        return degree() == 2 && coefficients[0] == 0 && coefficients[1] == 0 && coefficients[2] * bounds[0] == 1
                && Arrays.stream(bounds).distinct().count() == 1;
    }

    /** The bound of element {@code e} of a tensor of {@code size} elements. */
    double boundOf(int e, int size) {
        return bounds[e / (size / bounds.length)];
    }

    /** The power-basis coefficients of f in x, when every channel has the same bound. */
    double[] coefficientsInX() {
        if (Arrays.stream(bounds).distinct().count() > 1) throw new IllegalStateException("per-channel bounds have no single polynomial in x");
        double b = bounds[0];
        double[] c = new double[coefficients.length];
        double scale = b; // b * (1/b)^i
        for (int i = 0; i < c.length; i++) {
            c[i] = coefficients[i] * scale;
            scale /= b;
        }
        return c;
    }

    /** f applied to a whole activation input. */
    double[] apply(double[] x) {
        double[] y = new double[x.length];
        for (int e = 0; e < x.length; e++) {
            double b = boundOf(e, x.length);
            y[e] = b * PolynomialFit.evaluate(coefficients, x[e] / b);
        }
        return y;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActivationSpec a && a.layer == layer && a.op.equals(op) && a.method.equals(method)
                && Arrays.equals(a.bounds, bounds) && Arrays.equals(a.coefficients, coefficients);
    }

    @Override
    public int hashCode() { return 31 * layer + Arrays.hashCode(coefficients); }
}
