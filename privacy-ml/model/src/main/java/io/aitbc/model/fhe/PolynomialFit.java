package io.aitbc.model.fhe;

import java.util.function.DoubleUnaryOperator;

/**
 * Polynomial approximations on [-1, 1], returned in the power basis: Chebyshev interpolation (at the
 * Chebyshev nodes: within a small factor of the minimax polynomial) and least squares weighted by a
 * sample of where the function is actually evaluated (plus a uniform share of the interval so that the
 * polynomial stays bounded everywhere). Both work in the Chebyshev basis for conditioning.
 */
final class PolynomialFit {

    private PolynomialFit() {}

    static double[] chebyshevInterpolation(DoubleUnaryOperator f, int degree) {
        int n = degree + 1;
        double[] c = new double[n];
        for (int j = 0; j < n; j++) {
            double u = Math.cos(Math.PI * (j + 0.5) / n);
            double fu = f.applyAsDouble(u);
            double[] t = chebyshevValues(u, degree);
            for (int k = 0; k < n; k++) c[k] += 2.0 / n * fu * t[k];
        }
        c[0] /= 2;
        return chebyshevToPower(c);
    }

    /**
     * Minimizes sum_s (p(u_s) - f(u_s))^2 over the samples (each in [-1, 1]) plus, with total weight
     * {@code uniformShare} of the samples' weight, the same over a uniform grid of the interval.
     */
    static double[] weightedLeastSquares(DoubleUnaryOperator f, int degree, double[] samples, double uniformShare) {
        int n = degree + 1;
        double[][] a = new double[n][n];
        double[] rhs = new double[n];
        int grid = Math.max(64, 8 * n);
        double gridWeight = uniformShare * samples.length / grid;
        for (double u : samples) accumulate(a, rhs, u, f.applyAsDouble(u), 1.0, degree);
        for (int i = 0; i < grid; i++) {
            double u = -1 + 2.0 * (i + 0.5) / grid;
            accumulate(a, rhs, u, f.applyAsDouble(u), gridWeight, degree);
        }
        return chebyshevToPower(solve(a, rhs));
    }

    private static void accumulate(double[][] a, double[] rhs, double u, double fu, double w, int degree) {
        double[] t = chebyshevValues(u, degree);
        for (int i = 0; i < t.length; i++) {
            rhs[i] += w * t[i] * fu;
            for (int j = 0; j < t.length; j++) a[i][j] += w * t[i] * t[j];
        }
    }

    /** T_0(u) .. T_degree(u). */
    static double[] chebyshevValues(double u, int degree) {
        double[] t = new double[degree + 1];
        t[0] = 1;
        if (degree >= 1) t[1] = u;
        for (int k = 2; k <= degree; k++) t[k] = 2 * u * t[k - 1] - t[k - 2];
        return t;
    }

    /** sum_k c_k T_k as power-basis coefficients. */
    static double[] chebyshevToPower(double[] c) {
        int n = c.length;
        double[] out = new double[n];
        double[] prev = new double[n], cur = new double[n];
        prev[0] = 1;                       // T_0
        if (n > 1) cur[1] = 1;             // T_1
        for (int i = 0; i < n; i++) out[i] += c[0] * prev[i];
        if (n > 1) for (int i = 0; i < n; i++) out[i] += c[1] * cur[i];
        for (int k = 2; k < n; k++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = -prev[i];
                if (i > 0) next[i] += 2 * cur[i - 1];
            }
            for (int i = 0; i < n; i++) out[i] += c[k] * next[i];
            prev = cur;
            cur = next;
        }
        return out;
    }

    /** Gaussian elimination with partial pivoting (small symmetric positive definite systems). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) m[i] = a[i].clone();
        double[] x = b.clone();
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
            double[] tr = m[col]; m[col] = m[pivot]; m[pivot] = tr;
            double tx = x[col]; x[col] = x[pivot]; x[pivot] = tx;
            if (Math.abs(m[col][col]) < 1e-300) throw new IllegalStateException("singular least-squares system");
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c < n; c++) m[r][c] -= f * m[col][c];
                x[r] -= f * x[col];
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            double acc = x[r];
            for (int c = r + 1; c < n; c++) acc -= m[r][c] * x[c];
            x[r] = acc / m[r][r];
        }
        return x;
    }

    static double evaluate(double[] power, double u) {
        double y = 0;
        for (int i = power.length - 1; i >= 0; i--) y = y * u + power[i];
        return y;
    }
}
