package io.aitbc.model.ir;

import java.util.Arrays;

/**
 * Element-wise polynomial {@code c0 + c1 x + ... + cd x^d} (power basis), e.g. a ReLU approximation for FHE.
 * Not part of ONNX import; produced by compilers that replace activations.
 */
public record Polynomial(Shape inputShape, double[] coefficients) implements Layer {

    public Polynomial {
        if (coefficients.length < 2) {
            throw new IllegalArgumentException("a polynomial activation needs degree >= 1");
        }
        coefficients = coefficients.clone();
        for (double c : coefficients) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("polynomial coefficients must be finite: " + Arrays.toString(coefficients));
            }
        }
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    public int degree() {
        return coefficients.length - 1;
    }

    /** Horner evaluation. */
    public double evaluate(double x) {
        double y = 0;
        for (int i = coefficients.length - 1; i >= 0; i--) {
            y = y * x + coefficients[i];
        }
        return y;
    }

    @Override
    public Shape outputShape() {
        return inputShape;
    }

    @Override
    public String op() {
        return "polynomial";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polynomial p && inputShape.equals(p.inputShape) && Arrays.equals(coefficients, p.coefficients);
    }

    @Override
    public int hashCode() {
        return 31 * inputShape.hashCode() + Arrays.hashCode(coefficients);
    }

    @Override
    public String toString() {
        return "Polynomial[" + inputShape + ", " + Arrays.toString(coefficients) + "]";
    }
}
