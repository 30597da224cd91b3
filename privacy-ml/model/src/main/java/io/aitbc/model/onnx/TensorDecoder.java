package io.aitbc.model.onnx;

import ai.onnx.proto.OnnxMl.TensorProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;

/** Reads the numeric values of a TensorProto, from its typed fields or its little-endian raw_data. */
final class TensorDecoder {

    private TensorDecoder() {
    }

    static OnnxConstant decode(TensorProto t) {
        String name = t.getName();
        if (t.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
            throw new OnnxImportException("tensor '" + name + "' uses external data, which is not supported: embed the weights in the .onnx file");
        }
        long[] dims = t.getDimsList().stream().mapToLong(Long::longValue).toArray();
        long count = 1;
        for (long d : dims) {
            if (d < 0) {
                throw new OnnxImportException("tensor '" + name + "' has a negative dimension");
            }
            count = Math.multiplyExact(count, d);
        }
        if (count > Integer.MAX_VALUE) {
            throw new OnnxImportException("tensor '" + name + "' is too large");
        }
        int n = (int) count;
        double[] values = switch (t.getDataType()) {
            case 1 -> values(t, n, Float.BYTES, ByteBuffer::getFloat, t.getFloatDataCount(), t::getFloatData);   // FLOAT
            case 11 -> values(t, n, Double.BYTES, ByteBuffer::getDouble, t.getDoubleDataCount(), t::getDoubleData); // DOUBLE
            case 7 -> values(t, n, Long.BYTES, ByteBuffer::getLong, t.getInt64DataCount(), t::getInt64Data);   // INT64
            case 6 -> values(t, n, Integer.BYTES, ByteBuffer::getInt, t.getInt32DataCount(), t::getInt32Data); // INT32
            default -> throw new OnnxImportException("tensor '" + name + "' has unsupported element type "
                    + TensorProto.DataType.forNumber(t.getDataType()));
        };
        return new OnnxConstant(dims, values);
    }

    /** Reads {@code n} values from raw_data ({@code width} bytes each, little-endian) or from the typed field. */
    private static double[] values(TensorProto t, int n, int width, ToDoubleFunction<ByteBuffer> rawValue, int typedCount,
                                   IntToDoubleFunction typedValue) {
        double[] v = new double[n];
        if (!t.getRawData().isEmpty()) {
            if (t.getRawData().size() != (long) n * width) {
                throw new OnnxImportException("tensor '" + t.getName() + "' has " + t.getRawData().size()
                        + " bytes of raw data, its shape needs " + (long) n * width);
            }
            ByteBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < n; i++) {
                v[i] = rawValue.applyAsDouble(raw);
            }
            return v;
        }
        if (typedCount != n) {
            throw new OnnxImportException("tensor '" + t.getName() + "' holds " + typedCount + " values, its shape needs " + n);
        }
        for (int i = 0; i < n; i++) {
            v[i] = typedValue.applyAsDouble(i);
        }
        return v;
    }
}
