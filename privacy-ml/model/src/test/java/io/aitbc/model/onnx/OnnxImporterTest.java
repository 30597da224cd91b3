package io.aitbc.model.onnx;

import static io.aitbc.model.onnx.TestGraph.f;
import static io.aitbc.model.onnx.TestGraph.i;
import static io.aitbc.model.onnx.TestGraph.in;
import static io.aitbc.model.onnx.TestGraph.intsAttr;
import static io.aitbc.model.onnx.TestGraph.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.model.ir.AveragePool;
import io.aitbc.model.ir.Conv2d;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.OutputHead;
import io.aitbc.model.ir.Reshape;
import io.aitbc.model.ir.Square;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** PyTorch-style graphs built by hand: the importer's inference must match onnxruntime on the same file. */
class OnnxImporterTest {

    /** Imports {@code onnx}, runs both on random inputs, returns the model. */
    static Model assertMatchesOrt(byte[] onnx, int samples, long seed) {
        Model model = OnnxImporter.read(onnx);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[samples][model.inputShape().size()];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) rng.nextDouble(-1, 1);
            }
        }
        double[][] ort = Ort.run(onnx, model.inputShape(), x);
        for (int s = 0; s < samples; s++) {
            double[] ours = FloatInference.run(model, x[s]);
            assertEquals(ort[s].length, ours.length, "output length");
            double scale = 1;
            for (double v : ort[s]) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (int k = 0; k < ours.length; k++) {
                assertEquals(ort[s][k], ours[k], 2e-5 * scale, "sample " + s + " output " + k + " of " + model.describe());
            }
        }
        return model;
    }

    @Test
    void gemmWithTransposedWeightsReluAndSoftmax() {
        byte[] onnx = new TestGraph(1).input("x", 20).output("probs", 5)
                .random("fc1.weight", 0.3, 16, 20).random("fc1.bias", 0.3, 16)
                .random("fc2.weight", 0.3, 5, 16).random("fc2.bias", 0.3, 5)
                .add(node("Gemm", in("x", "fc1.weight", "fc1.bias"), "h").addAttribute(f("alpha", 1))
                        .addAttribute(f("beta", 1)).addAttribute(i("transB", 1)))
                .op("Relu", in("h"), "r")
                .add(node("Gemm", in("r", "fc2.weight", "fc2.bias"), "z").addAttribute(i("transB", 1)))
                .add(node("Softmax", in("z"), "probs").addAttribute(i("axis", 1)))
                .bytes();
        Model m = assertMatchesOrt(onnx, 8, 11);
        assertEquals(OutputHead.SOFTMAX, m.head());
        assertEquals("[20] -> dense[16] -> relu -> dense[5] -> softmax", m.describe());
    }

    @Test
    void gemmUntransposedWithAlphaBeta() {
        byte[] onnx = new TestGraph(2).input("x", 12).output("z", 7)
                .random("w", 0.5, 12, 7).random("b", 0.5, 1, 7)
                .add(node("Gemm", in("x", "w", "b"), "z").addAttribute(f("alpha", 0.5f)).addAttribute(f("beta", 2f)))
                .bytes();
        assertMatchesOrt(onnx, 6, 12);
    }

    @Test
    void matMulAddSquareWithConstantFirstInAdd() {
        byte[] onnx = new TestGraph(3).input("x", 10).output("z", 4)
                .random("w1", 0.4, 10, 6).random("b1", 0.4, 6).random("w2", 0.4, 6, 4).random("b2", 0.4, 4)
                .op("MatMul", in("x", "w1"), "m1").op("Add", in("m1", "b1"), "a1")
                .op("Mul", in("a1", "a1"), "s")
                .op("MatMul", in("s", "w2"), "m2").op("Add", in("b2", "m2"), "z")
                .bytes();
        Model m = assertMatchesOrt(onnx, 6, 13);
        assertEquals(3, m.layers().size());
        assertInstanceOf(Square.class, m.layers().get(1));
    }

    @Test
    void convBatchNormReluAveragePoolFlattenGemm() {
        byte[] onnx = new TestGraph(4).input("x", 2, 9, 9).output("z", 3)
                .random("conv.weight", 0.4, 4, 2, 3, 3).random("conv.bias", 0.2, 4)
                .random("bn.scale", 1.5, 4).random("bn.bias", 0.5, 4).random("bn.mean", 0.5, 4).randomIn("bn.var", 0.2, 2, 4)
                .random("fc.weight", 0.2, 3, 64).random("fc.bias", 0.2, 3)
                .add(node("Conv", in("x", "conv.weight", "conv.bias"), "c")
                        .addAttribute(intsAttr("kernel_shape", 3, 3)).addAttribute(intsAttr("pads", 1, 1, 1, 1))
                        .addAttribute(intsAttr("strides", 1, 1)).addAttribute(intsAttr("dilations", 1, 1)).addAttribute(i("group", 1)))
                .add(node("BatchNormalization", in("c", "bn.scale", "bn.bias", "bn.mean", "bn.var"), "bn")
                        .addAttribute(f("epsilon", 1e-5f)).addAttribute(f("momentum", 0.9f)))
                .op("Relu", in("bn"), "r")
                .add(node("AveragePool", in("r"), "p").addAttribute(intsAttr("kernel_shape", 2, 2))
                        .addAttribute(intsAttr("strides", 2, 2)).addAttribute(intsAttr("pads", 0, 0, 0, 0)).addAttribute(i("ceil_mode", 0)))
                .add(node("Flatten", in("p"), "flat").addAttribute(i("axis", 1)))
                .add(node("Gemm", in("flat", "fc.weight", "fc.bias"), "z").addAttribute(i("transB", 1)))
                .bytes();
        Model m = assertMatchesOrt(onnx, 5, 14);
        assertInstanceOf(Conv2d.class, m.layers().getFirst());
        assertInstanceOf(AveragePool.class, m.layers().get(2));
    }

    @Test
    void stridedAsymmetricConvWithoutBiasThenAddAndGlobalPool() {
        byte[] onnx = new TestGraph(5).input("x", 3, 11, 10).output("z", 5)
                .random("w", 0.4, 5, 3, 4, 3).random("cb", 0.3, 1, 5, 1, 1)
                .add(node("Conv", in("x", "w"), "c")
                        .addAttribute(intsAttr("pads", 2, 0, 1, 1)).addAttribute(intsAttr("strides", 2, 3)))
                .op("Add", in("c", "cb"), "cc")
                .op("Mul", in("cc", "cc"), "sq")
                .op("GlobalAveragePool", in("sq"), "g")
                .add(node("Flatten", in("g"), "z"))
                .bytes();
        assertMatchesOrt(onnx, 4, 15);
    }

    @Test
    void viewPatternWithShapeGatherUnsqueezeConcatReshape() {
        // x.view(x.size(0), -1) as exported by torch.onnx at opset 13, plus Identity, Dropout and a Constant.
        byte[] onnx = new TestGraph(6).input("x", 2, 4, 4).output("z", 6)
                .random("w", 0.3, 3, 2, 2, 2).random("b", 0.3, 3).random("fc.w", 0.3, 6, 27).random("fc.b", 0.3, 6)
                .add(node("Conv", in("x", "w", "b"), "c").addAttribute(intsAttr("kernel_shape", 2, 2)))
                .op("Identity", in("c"), "c2")
                .op("Shape", in("c2"), "shape")
                .add(node("Constant", in(), "zero").addAttribute(TestGraph.tensor("value", 0)))
                .add(node("Constant", in(), "idx").addAttribute(
                        ai.onnx.proto.OnnxMl.AttributeProto.newBuilder().setName("value")
                                .setType(ai.onnx.proto.OnnxMl.AttributeProto.AttributeType.TENSOR)
                                .setT(ai.onnx.proto.OnnxMl.TensorProto.newBuilder()
                                        .setDataType(ai.onnx.proto.OnnxMl.TensorProto.DataType.INT64_VALUE).addInt64Data(0)).build()))
                .add(node("Gather", in("shape", "idx"), "batch").addAttribute(i("axis", 0)))
                .op("Unsqueeze", in("batch", "zero"), "batch1")
                .ints("minus1", -1)
                .add(node("Concat", in("batch1", "minus1"), "target").addAttribute(i("axis", 0)))
                .op("Reshape", in("c2", "target"), "flat")
                .op("Dropout", in("flat"), "d")
                .add(node("Gemm", in("d", "fc.w", "fc.b"), "z").addAttribute(i("transB", 1)))
                .bytes();
        Model m = assertMatchesOrt(onnx, 4, 16);
        assertInstanceOf(Reshape.class, m.layers().get(1));
    }

    @Test
    void opset11ReshapeToImageAndBatchNorm1d() {
        byte[] onnx = new TestGraph(7).opset(11).input("x", 32).output("z", 4)
                .random("fc.w", 0.3, 8, 32).random("fc.b", 0.3, 8)
                .random("g", 1, 8).random("be", 0.5, 8).random("mu", 0.5, 8).randomIn("var", 0.3, 1.5, 8)
                .ints("img", -1, 2, 2, 2)
                .random("cw", 0.4, 4, 2, 2, 2)
                .add(node("Gemm", in("x", "fc.w", "fc.b"), "h").addAttribute(i("transB", 1)))
                .op("BatchNormalization", in("h", "g", "be", "mu", "var"), "bn")
                .op("Reshape", in("bn", "img"), "im")
                .add(node("Conv", in("im", "cw"), "c").addAttribute(intsAttr("kernel_shape", 2, 2)))
                .add(node("Flatten", in("c"), "f").addAttribute(i("axis", 1)))
                .add(node("LogSoftmax", in("f"), "z").addAttribute(i("axis", 1)))
                .bytes();
        Model m = assertMatchesOrt(onnx, 4, 17);
        assertEquals(OutputHead.LOG_SOFTMAX, m.head());
        assertInstanceOf(Dense.class, m.layers().getFirst());
    }
}
