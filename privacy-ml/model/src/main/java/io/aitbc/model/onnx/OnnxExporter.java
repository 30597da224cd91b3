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
import com.google.protobuf.ByteString;
import io.aitbc.model.ir.AveragePool;
import io.aitbc.model.ir.Conv2d;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.Flatten;
import io.aitbc.model.ir.Layer;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Polynomial;
import io.aitbc.model.ir.RealTensor;
import io.aitbc.model.ir.Relu;
import io.aitbc.model.ir.Reshape;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.ir.Square;
import io.aitbc.model.ir.Window;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a model as ONNX (opset 13, float32 weights) with the node patterns PyTorch's exporter emits:
 * Gemm with transB = 1 for dense layers, Conv, Relu, Mul(x, x) for square, AveragePool, Flatten(axis 1),
 * Reshape with an int64 shape initializer, Softmax/LogSoftmax(axis 1), and a symbolic batch dimension.
 * Weights are rounded to float32, as in every ONNX file from PyTorch.
 */
public final class OnnxExporter {
    public static final long OPSET = 13;
    private static final long IR_VERSION = 7;
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";

    private OnnxExporter() {
    }

    public static void write(Model model, String graphName, Path file) throws IOException {
        Files.write(file, toBytes(model, graphName));
    }

    public static byte[] toBytes(Model model, String graphName) {
        return toProto(model, graphName).toByteArray();
    }

    public static ModelProto toProto(Model model, String graphName) {
        GraphProto.Builder g = GraphProto.newBuilder().setName(graphName);
        g.addInput(valueInfo(INPUT, model.inputShape()));
        String x = INPUT;
        List<Layer> layers = model.layers();
        for (int i = 0; i < layers.size(); i++) {
            boolean last = i == layers.size() - 1 && model.head() == io.aitbc.model.ir.OutputHead.LOGITS;
            String y = last ? OUTPUT : "/layer" + i + "/" + layers.get(i).op() + "_output_0";
            addLayer(g, layers.get(i), "layer" + i, x, y);
            x = y;
        }
        switch (model.head()) {
            case LOGITS -> { }
            case SOFTMAX, LOG_SOFTMAX -> {
                String op = model.head() == io.aitbc.model.ir.OutputHead.SOFTMAX ? "Softmax" : "LogSoftmax";
                g.addNode(node(op, "/" + op, List.of(x), OUTPUT).addAttribute(intAttr("axis", 1)));
            }
        }
        g.addOutput(valueInfo(OUTPUT, model.outputShape()));
        return ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .setProducerName("aitbc-model")
                .setProducerVersion("1")
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setGraph(g)
                .build();
    }

    private static void addLayer(GraphProto.Builder g, Layer layer, String prefix, String x, String y) {
        switch (layer) {
            case Dense d -> {
                g.addInitializer(floats(prefix + ".weight", d.weights()));
                g.addInitializer(floats(prefix + ".bias", d.bias()));
                g.addNode(node("Gemm", "/" + prefix + "/Gemm", List.of(x, prefix + ".weight", prefix + ".bias"), y)
                        .addAttribute(floatAttr("alpha", 1f)).addAttribute(floatAttr("beta", 1f))
                        .addAttribute(intAttr("transB", 1)));
            }
            case Conv2d c -> {
                g.addInitializer(floats(prefix + ".weight", c.weights()));
                g.addInitializer(floats(prefix + ".bias", c.bias()));
                Window w = c.window();
                g.addNode(node("Conv", "/" + prefix + "/Conv", List.of(x, prefix + ".weight", prefix + ".bias"), y)
                        .addAttribute(intsAttr("dilations", 1, 1)).addAttribute(intAttr("group", 1))
                        .addAttribute(intsAttr("kernel_shape", w.kernelH(), w.kernelW()))
                        .addAttribute(intsAttr("pads", w.padding().top(), w.padding().left(), w.padding().bottom(), w.padding().right()))
                        .addAttribute(intsAttr("strides", w.strideH(), w.strideW())));
            }
            case AveragePool p -> {
                Window w = p.window();
                g.addNode(node("AveragePool", "/" + prefix + "/AveragePool", List.of(x), y)
                        .addAttribute(intAttr("ceil_mode", 0))
                        .addAttribute(intsAttr("kernel_shape", w.kernelH(), w.kernelW()))
                        .addAttribute(intsAttr("pads", 0, 0, 0, 0))
                        .addAttribute(intsAttr("strides", w.strideH(), w.strideW())));
            }
            case Flatten f -> g.addNode(node("Flatten", "/" + prefix + "/Flatten", List.of(x), y).addAttribute(intAttr("axis", 1)));
            case Reshape r -> {
                int[] dims = r.outputShape().dims();
                long[] target = new long[dims.length + 1];
                target[0] = -1;
                for (int i = 0; i < dims.length; i++) {
                    target[i + 1] = dims[i];
                }
                g.addInitializer(int64s(prefix + ".shape", target));
                g.addNode(node("Reshape", "/" + prefix + "/Reshape", List.of(x, prefix + ".shape"), y));
            }
            case Relu r -> g.addNode(node("Relu", "/" + prefix + "/Relu", List.of(x), y));
            case Square s -> g.addNode(node("Mul", "/" + prefix + "/Mul", List.of(x, x), y));
            case Polynomial p -> throw new IllegalArgumentException(
                    "polynomial activations have no ONNX operator; export the model before replacing its activations");
        }
    }

    private static NodeProto.Builder node(String op, String name, List<String> inputs, String output) {
        return NodeProto.newBuilder().setOpType(op).setName(name).addAllInput(inputs).addOutput(output);
    }

    private static ValueInfoProto valueInfo(String name, Shape shape) {
        TensorShapeProto.Builder s = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("batch"));
        for (int d : shape.dims()) {
            s.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ValueInfoProto.newBuilder().setName(name)
                .setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder()
                        .setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(s)))
                .build();
    }

    private static TensorProto floats(String name, RealTensor t) {
        ByteBuffer buf = ByteBuffer.allocate(t.size() * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < t.size(); i++) {
            buf.putFloat((float) t.at(i));
        }
        TensorProto.Builder b = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE)
                .setRawData(ByteString.copyFrom(buf.array()));
        for (int d : t.shape().dims()) {
            b.addDims(d);
        }
        return b.build();
    }

    private static TensorProto int64s(String name, long[] values) {
        ByteBuffer buf = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            buf.putLong(v);
        }
        return TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64_VALUE)
                .addDims(values.length).setRawData(ByteString.copyFrom(buf.array())).build();
    }

    private static AttributeProto intAttr(String name, long v) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(v).build();
    }

    private static AttributeProto floatAttr(String name, float v) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF(v).build();
    }

    private static AttributeProto intsAttr(String name, long... v) {
        AttributeProto.Builder b = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long x : v) {
            b.addInts(x);
        }
        return b.build();
    }
}
