package io.aitbc.model.quant;

import io.aitbc.model.ir.Shape;
import java.util.Arrays;

/** An immutable tensor of integers (quantized weights, biases), row-major. */
public final class IntTensor {
    private final Shape shape;
    private final long[] data;

    private IntTensor(Shape shape, long[] data) {
        if (data.length != shape.size()) {
            throw new IllegalArgumentException("tensor of shape " + shape + " needs " + shape.size() + " values, got " + data.length);
        }
        this.shape = shape;
        this.data = data;
    }

    public static IntTensor of(Shape shape, long... values) {
        return new IntTensor(shape, values.clone());
    }

    public Shape shape() {
        return shape;
    }

    public int size() {
        return data.length;
    }

    public long at(int flatIndex) {
        return data[flatIndex];
    }

    public long[] toArray() {
        return data.clone();
    }

    /** Fails unless every value fits the signed {@code bits} range. */
    IntTensor requireBits(int bits, String what) {
        for (int i = 0; i < data.length; i++) {
            if (!FixedPoint.fits(data[i], bits)) {
                throw new QuantizationRangeException(what + " value " + i + " = " + data[i] + " does not fit " + bits + " bits");
            }
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntTensor t && shape.equals(t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * shape.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "IntTensor" + shape;
    }
}
