package io.aitbc.model.ir;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable tensor of real (double) values, row-major. Layers hold their parameters in these so that
 * a layer record is truly immutable and readers need no defensive copies on the hot path ({@link #at}).
 */
public final class RealTensor {
    private final Shape shape;
    private final double[] data;

    private RealTensor(Shape shape, double[] data) {
        if (data.length != shape.size()) {
            throw new IllegalArgumentException("tensor of shape " + shape + " needs " + shape.size()
                    + " values, got " + data.length);
        }
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                throw new IllegalArgumentException("tensor value " + i + " is not finite: " + data[i]);
            }
        }
        this.shape = shape;
        this.data = data;
    }

    /** Copies {@code values}. */
    public static RealTensor of(Shape shape, double... values) {
        return new RealTensor(shape, values.clone());
    }

    public static RealTensor zeros(Shape shape) {
        return new RealTensor(shape, new double[shape.size()]);
    }

    public Shape shape() {
        return shape;
    }

    public int size() {
        return data.length;
    }

    /** The value at a row-major flat index. */
    public double at(int flatIndex) {
        return data[flatIndex];
    }

    /** A copy of the values, row-major. */
    public double[] toArray() {
        return data.clone();
    }

    public double maxAbs() {
        double m = 0;
        for (double v : data) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    public RealTensor map(DoubleUnaryOperator f) {
        double[] out = new double[data.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.applyAsDouble(data[i]);
        }
        return new RealTensor(shape, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RealTensor t && shape.equals(t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * shape.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "RealTensor" + shape;
    }
}
