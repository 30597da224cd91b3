package io.aitbc.model.onnx;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.util.SplittableRandom;

/**
 * Builds ONNX graphs by hand in tests, node by node as PyTorch's exporter writes them, with seeded random
 * weights (float32 values, so that onnxruntime and the importer see exactly the same numbers).
 */
final class TestGraph {
    private final GraphProto.Builder g = GraphProto.newBuilder().setName("test");
    private final SplittableRandom rng;
    private long opset = 13;

    TestGraph(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    TestGraph opset(long v) {
        opset = v;
        return this;
    }

    /** Declares the float input {@code [batch, dims...]} (symbolic batch). */
    TestGraph input(String name, long... dims) {
        g.addInput(valueInfo(name, dims));
        return this;
    }

    TestGraph output(String name, long... dims) {
        g.addOutput(valueInfo(name, dims));
        return this;
    }

    /** A random float initializer in [-scale, scale]. */
    TestGraph random(String name, double scale, long... dims) {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        float[] v = new float[(int) n];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rng.nextDouble(-scale, scale);
        }
        return floats(name, v, dims);
    }

    /** A random float initializer in [lo, hi] (e.g. BatchNorm variances). */
    TestGraph randomIn(String name, double lo, double hi, long... dims) {
        float[] v = new float[(int) dims[0]];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rng.nextDouble(lo, hi);
        }
        return floats(name, v, dims);
    }

    TestGraph floats(String name, float[] values, long... dims) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE);
        for (long d : dims) {
            t.addDims(d);
        }
        for (float f : values) {
            t.addFloatData(f);
        }
        g.addInitializer(t);
        return this;
    }

    TestGraph ints(String name, long... values) {
        g.addInitializer(TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64_VALUE)
                .addDims(values.length).addAllInt64Data(java.util.Arrays.stream(values).boxed().toList()));
        return this;
    }

    static NodeProto.Builder node(String op, String[] inputs, String... outputs) {
        NodeProto.Builder n = NodeProto.newBuilder().setOpType(op).setName("/" + op + "_" + (outputs.length > 0 ? outputs[0] : ""));
        for (String i : inputs) {
            n.addInput(i);
        }
        for (String o : outputs) {
            n.addOutput(o);
        }
        return n;
    }

    TestGraph add(NodeProto.Builder n) {
        g.addNode(n);
        return this;
    }

    /** Shortcut for a node without attributes. */
    TestGraph op(String op, String[] inputs, String... outputs) {
        return add(node(op, inputs, outputs));
    }

    static String[] in(String... names) {
        return names;
    }

    static AttributeProto intsAttr(String name, long... v) {
        AttributeProto.Builder b = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long x : v) {
            b.addInts(x);
        }
        return b.build();
    }

    static AttributeProto i(String name, long v) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(v).build();
    }

    static AttributeProto f(String name, float v) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF(v).build();
    }

    static AttributeProto tensor(String name, long... int64Values) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.TENSOR)
                .setT(TensorProto.newBuilder().setDataType(TensorProto.DataType.INT64_VALUE).addDims(int64Values.length)
                        .addAllInt64Data(java.util.Arrays.stream(int64Values).boxed().toList()))
                .build();
    }

    byte[] bytes() {
        return ModelProto.newBuilder().setIrVersion(opset >= 13 ? 7 : 6).setProducerName("pytorch-like test")
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(opset))
                .setGraph(g).build().toByteArray();
    }

    private static ValueInfoProto valueInfo(String name, long... dims) {
        TensorShapeProto.Builder s = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("batch_size"));
        for (long d : dims) {
            s.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(s))).build();
    }
}
