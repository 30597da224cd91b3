package io.aitbc.model.onnx;

import io.aitbc.model.ir.RealTensor;
import io.aitbc.model.ir.Shape;
import java.util.Arrays;

/**
 * A constant tensor of the graph (initializer, Constant node, or a folded shape computation). Integer
 * tensors are held as doubles, which is exact for every shape and index value.
 */
record OnnxConstant(long[] dims, double[] values) {

    OnnxConstant {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        if (n != values.length) {
            throw new OnnxImportException("constant of shape " + Arrays.toString(dims) + " holds " + values.length + " values");
        }
    }

    static OnnxConstant vector(double... values) {
        return new OnnxConstant(new long[] {values.length}, values);
    }

    int size() {
        return values.length;
    }

    /** The values as integers (shapes, axes, indices). */
    long[] longs() {
        long[] out = new long[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (long) values[i];
        }
        return out;
    }

    /** Dimensions with the size-1 ones removed, for broadcast checks. */
    long[] squeezedDims() {
        return Arrays.stream(dims).filter(d -> d != 1).toArray();
    }

    RealTensor toTensor(String name, Shape expected) {
        if (values.length != expected.size()) {
            throw new OnnxImportException("tensor '" + name + "' has shape " + Arrays.toString(dims)
                    + ", expected " + expected);
        }
        return RealTensor.of(expected, values);
    }
}
