package io.aitbc.fhe.nn;

import io.aitbc.fhe.rlwe.Ciphertext;
import java.util.Arrays;

/**
 * A slot-wise polynomial activation (power basis). x^2 alone costs one level (one product);
 * any other polynomial of degree d costs ceil(log2(d + 1)) levels ({@link PolynomialEvaluator}).
 * The layout is unchanged (unused slots may hold p(0) afterwards, which the next layer ignores).
 */
public record PolynomialStage(SlotLayout inputLayout, double[] coefficients) implements Stage {

    public PolynomialStage {
        coefficients = coefficients.clone();
        int d = coefficients.length - 1;
        while (d > 0 && coefficients[d] == 0) d--;
        if (d < 1) throw new IllegalArgumentException("an activation polynomial needs degree >= 1: " + Arrays.toString(coefficients));
        coefficients = Arrays.copyOf(coefficients, d + 1);
        for (double c : coefficients) if (!Double.isFinite(c)) throw new IllegalArgumentException("coefficient " + c);
    }

    public static PolynomialStage square(SlotLayout layout) {
        return new PolynomialStage(layout, new double[] {0, 0, 1});
    }

    @Override
    public double[] coefficients() { return coefficients.clone(); }

    public int degree() { return coefficients.length - 1; }

    public boolean isSquare() { return Arrays.equals(coefficients, new double[] {0, 0, 1}); }

    @Override
    public SlotLayout outputLayout() { return inputLayout; }

    @Override
    public int depth() { return isSquare() ? 1 : PolynomialEvaluator.depth(degree()); }

    @Override
    public int[] rotationSteps() { return new int[0]; }

    @Override
    public boolean needsRelinearization() { return degree() >= 2; }

    @Override
    public Ciphertext apply(NnEvaluator evaluator, Ciphertext x) {
        return isSquare() ? evaluator.square(x) : new PolynomialEvaluator(evaluator, x).evaluate(coefficients);
    }

    public double evaluate(double v) {
        double y = 0;
        for (int i = coefficients.length - 1; i >= 0; i--) y = y * v + coefficients[i];
        return y;
    }

    @Override
    public double[] applyPlain(double[] slots) {
        double[] y = new double[slots.length];
        for (int i = 0; i < y.length; i++) y[i] = evaluate(slots[i]);
        return y;
    }

    @Override
    public double cost() {
        return isSquare() ? CostModel.ROTATION : CostModel.ROTATION * (degree() / 2 + depth());
    }

    @Override
    public String describe() {
        return isSquare() ? "square" : "polynomial degree " + degree() + " (depth " + depth() + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolynomialStage p && p.inputLayout.equals(inputLayout) && Arrays.equals(p.coefficients, coefficients);
    }

    @Override
    public int hashCode() { return 31 * inputLayout.hashCode() + Arrays.hashCode(coefficients); }
}
