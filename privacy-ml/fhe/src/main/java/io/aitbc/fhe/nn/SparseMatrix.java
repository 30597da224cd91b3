package io.aitbc.fhe.nn;

import java.util.Arrays;
import java.util.TreeMap;

/**
 * A real matrix of {@code rows x cols} stored by rows (sorted column indices and their non-zero values):
 * the weights of any linear layer (dense, convolution, pooling, or several of them composed).
 * Immutable.
 */
public final class SparseMatrix {

    private final int rows;
    private final int cols;
    private final int[][] columns;
    private final double[][] values;

    private SparseMatrix(int rows, int cols, int[][] columns, double[][] values) {
        this.rows = rows;
        this.cols = cols;
        this.columns = columns;
        this.values = values;
    }

    /** From a dense row-major array {@code w[r * cols + c]}; zeros are dropped. */
    public static SparseMatrix dense(int rows, int cols, double[] w) {
        if (w.length != (long) rows * cols) throw new IllegalArgumentException(rows + "x" + cols + " needs " + (long) rows * cols + " values, got " + w.length);
        int[][] c = new int[rows][];
        double[][] v = new double[rows][];
        for (int r = 0; r < rows; r++) {
            int count = 0;
            for (int j = 0; j < cols; j++) if (checkFinite(w[r * cols + j], r, j) != 0) count++;
            c[r] = new int[count];
            v[r] = new double[count];
            for (int j = 0, i = 0; j < cols; j++) {
                if (w[r * cols + j] != 0) {
                    c[r][i] = j;
                    v[r][i++] = w[r * cols + j];
                }
            }
        }
        return new SparseMatrix(rows, cols, c, v);
    }

    private static double checkFinite(double value, int row, int col) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("matrix entry (" + row + ", " + col + ") is " + value);
        return value;
    }

    public int rows() { return rows; }

    public int cols() { return cols; }

    /** Column indices of the non-zero entries of row r (ascending; do not modify). */
    public int[] columns(int r) { return columns[r]; }

    /** Values of the non-zero entries of row r, in the order of {@link #columns} (do not modify). */
    public double[] values(int r) { return values[r]; }

    public long nonZeros() {
        long n = 0;
        for (int[] c : columns) n += c.length;
        return n;
    }

    /** y = M x. */
    public double[] apply(double[] x) {
        if (x.length != cols) throw new IllegalArgumentException("matrix has " + cols + " columns, vector " + x.length + " values");
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            double acc = 0;
            int[] c = columns[r];
            double[] v = values[r];
            for (int i = 0; i < c.length; i++) acc += v[i] * x[c[i]];
            y[r] = acc;
        }
        return y;
    }

    /** This matrix times {@code right} (apply right first): fuses two consecutive linear layers. */
    public SparseMatrix times(SparseMatrix right) {
        if (right.rows != cols) throw new IllegalArgumentException("cannot compose " + rows + "x" + cols + " with " + right.rows + "x" + right.cols);
        Builder b = new Builder(rows, right.cols);
        double[] acc = new double[right.cols];
        boolean[] touched = new boolean[right.cols];
        int[] list = new int[right.cols];
        for (int r = 0; r < rows; r++) {
            int count = 0;
            for (int i = 0; i < columns[r].length; i++) {
                int mid = columns[r][i];
                double w = values[r][i];
                for (int j = 0; j < right.columns[mid].length; j++) {
                    int c = right.columns[mid][j];
                    if (!touched[c]) {
                        touched[c] = true;
                        list[count++] = c;
                    }
                    acc[c] += w * right.values[mid][j];
                }
            }
            for (int i = 0; i < count; i++) {
                int c = list[i];
                b.add(r, c, acc[c]);
                acc[c] = 0;
                touched[c] = false;
            }
        }
        return b.build();
    }

    /** The same matrix with row r multiplied by {@code factors[r]}. */
    public SparseMatrix scaleRows(double[] factors) {
        if (factors.length != rows) throw new IllegalArgumentException("need " + rows + " factors, got " + factors.length);
        double[][] v = new double[rows][];
        for (int r = 0; r < rows; r++) {
            v[r] = values[r].clone();
            for (int i = 0; i < v[r].length; i++) v[r][i] *= factors[r];
        }
        return new SparseMatrix(rows, cols, columns, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseMatrix m && m.rows == rows && m.cols == cols
                && Arrays.deepEquals(m.columns, columns) && Arrays.deepEquals(m.values, values);
    }

    @Override
    public int hashCode() { return Arrays.deepHashCode(values); }

    @Override
    public String toString() { return "SparseMatrix[" + rows + "x" + cols + ", " + nonZeros() + " non-zeros]"; }

    /** Accumulates entries (repeated positions add up); zero and cancelled entries are dropped. */
    public static final class Builder {
        private final int rows;
        private final int cols;
        private final TreeMap<Integer, Double>[] entries;

        @SuppressWarnings("unchecked")
        public Builder(int rows, int cols) {
            if (rows < 1 || cols < 1) throw new IllegalArgumentException("matrix dimensions must be positive: " + rows + "x" + cols);
            this.rows = rows;
            this.cols = cols;
            this.entries = new TreeMap[rows];
            for (int r = 0; r < rows; r++) entries[r] = new TreeMap<>();
        }

        public Builder add(int row, int col, double value) {
            if (row < 0 || row >= rows || col < 0 || col >= cols) {
                throw new IndexOutOfBoundsException("entry (" + row + ", " + col + ") outside " + rows + "x" + cols);
            }
            if (checkFinite(value, row, col) != 0) entries[row].merge(col, value, Double::sum);
            return this;
        }

        public SparseMatrix build() {
            int[][] c = new int[rows][];
            double[][] v = new double[rows][];
            for (int r = 0; r < rows; r++) {
                var nz = entries[r].entrySet().stream().filter(e -> e.getValue() != 0).toList();
                c[r] = new int[nz.size()];
                v[r] = new double[nz.size()];
                for (int i = 0; i < nz.size(); i++) {
                    c[r][i] = nz.get(i).getKey();
                    v[r][i] = nz.get(i).getValue();
                }
            }
            return new SparseMatrix(rows, cols, c, v);
        }
    }
}
