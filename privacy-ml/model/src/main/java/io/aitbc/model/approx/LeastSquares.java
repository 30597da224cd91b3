package io.aitbc.model.approx;

/** Weighted least-squares polynomial fit in the power basis, on a variable scaled to [-1, 1]. */
final class LeastSquares {

    private LeastSquares() {
    }

    /**
     * Coefficients {@code c_0..c_d} minimizing {@code sum w_i (p(t_i) - y_i)^2} (normal equations, Gaussian
     * elimination with partial pivoting; well conditioned for {@code |t| <= 1} and small degrees).
     */
    static double[] fit(double[] t, double[] y, double[] w, int degree) {
        int n = degree + 1;
        double[][] a = new double[n][n + 1];
        double[] pow = new double[2 * degree + 1];
        for (int i = 0; i < t.length; i++) {
            pow[0] = w[i];
            for (int k = 1; k < pow.length; k++) {
                pow[k] = pow[k - 1] * t[i];
            }
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    a[r][c] += pow[r + c];
                }
                a[r][n] += pow[r] * y[i];
            }
        }
        return solve(a);
    }

    private static double[] solve(double[][] a) {
        int n = a.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            if (Math.abs(a[col][col]) < 1e-300) {
                throw new IllegalArgumentException("not enough distinct sample points for this degree");
            }
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c <= n; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * x[c];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
