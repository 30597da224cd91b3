package io.aitbc.model.onnx;

import static io.aitbc.model.onnx.TestGraph.i;
import static io.aitbc.model.onnx.TestGraph.in;
import static io.aitbc.model.onnx.TestGraph.intsAttr;
import static io.aitbc.model.onnx.TestGraph.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.model.ir.Model;
import io.aitbc.model.train.Architectures;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Unsupported operators are named; malformed and corrupted files give clear errors, never a model. */
class OnnxImportErrorsTest {

    private static TestGraph mlpHead(long seed) {
        return new TestGraph(seed).input("x", 1, 6, 6).output("z", 3)
                .random("w", 0.3, 3, 9).random("b", 0.3, 3);
    }

    @Test
    void unsupportedOperatorsAreListedByName() {
        byte[] onnx = mlpHead(1)
                .add(node("MaxPool", in("x"), "p").addAttribute(intsAttr("kernel_shape", 2, 2)).addAttribute(intsAttr("strides", 2, 2)))
                .op("Tanh", in("p"), "t")
                .add(node("Flatten", in("t"), "f"))
                .add(node("Gemm", in("f", "w", "b"), "z").addAttribute(i("transB", 1)))
                .bytes();
        UnsupportedOperatorException e = assertThrows(UnsupportedOperatorException.class, () -> OnnxImporter.read(onnx));
        assertEquals(List.of("MaxPool", "Tanh"), e.operators());
        assertTrue(e.getMessage().contains("MaxPool") && e.getMessage().contains("Tanh"), e.getMessage());
    }

    @Test
    void customDomainOperatorIsUnsupported() {
        byte[] onnx = mlpHead(2).add(node("Flatten", in("x"), "f"))
                .add(node("FusedGemm", in("f", "w", "b"), "z").setDomain("com.microsoft")).bytes();
        UnsupportedOperatorException e = assertThrows(UnsupportedOperatorException.class, () -> OnnxImporter.read(onnx));
        assertEquals(List.of("com.microsoft.FusedGemm"), e.operators());
    }

    @Test
    void mulByConstantIsReportedAsUnsupportedMul() {
        byte[] onnx = mlpHead(3).random("k", 1, 1).op("Mul", in("x", "k"), "m").add(node("Flatten", in("m"), "f"))
                .add(node("Gemm", in("f", "w", "b"), "z").addAttribute(i("transB", 1))).bytes();
        UnsupportedOperatorException e = assertThrows(UnsupportedOperatorException.class, () -> OnnxImporter.read(onnx));
        assertEquals(List.of("Mul"), e.operators());
        assertTrue(e.getMessage().contains("Mul(x, x)"), e.getMessage());
    }

    @Test
    void skipConnectionIsRejected() {
        byte[] onnx = new TestGraph(4).input("x", 4).output("z", 4).random("w", 0.3, 4, 4).random("b", 0.3, 4)
                .add(node("Gemm", in("x", "w", "b"), "h").addAttribute(i("transB", 1)))
                .op("Relu", in("h"), "r").op("Add", in("r", "h"), "z").bytes();
        OnnxImportException e = assertThrows(OnnxImportException.class, () -> OnnxImporter.read(onnx));
        assertTrue(e.getMessage().contains("earlier activation"), e.getMessage());
    }

    @Test
    void batchNormWithoutPrecedingLinearLayerIsRejected() {
        byte[] onnx = new TestGraph(5).input("x", 4).output("z", 4).random("w", 0.3, 4, 4).random("b", 0.3, 4)
                .random("g", 1, 4).random("be", 1, 4).random("mu", 1, 4).randomIn("v", 0.5, 1, 4)
                .add(node("Gemm", in("x", "w", "b"), "h").addAttribute(i("transB", 1)))
                .op("Relu", in("h"), "r").op("BatchNormalization", in("r", "g", "be", "mu", "v"), "z").bytes();
        OnnxImportException e = assertThrows(OnnxImportException.class, () -> OnnxImporter.read(onnx));
        assertTrue(e.getMessage().contains("directly after Gemm, MatMul or Conv"), e.getMessage());
    }

    @Test
    void groupedConvolutionIsRejected() {
        byte[] onnx = new TestGraph(6).input("x", 2, 4, 4).output("z", 2, 3, 3).random("w", 0.3, 2, 1, 2, 2)
                .add(node("Conv", in("x", "w"), "z").addAttribute(i("group", 2))).bytes();
        OnnxImportException e = assertThrows(OnnxImportException.class, () -> OnnxImporter.read(onnx));
        assertTrue(e.getMessage().contains("group"), e.getMessage());
    }

    @Test
    void fixedBatchLargerThanOneIsRejected() {
        byte[] good = OnnxExporter.toBytes(Architectures.linear(), "g");
        byte[] bad = new String(good, StandardCharsets.ISO_8859_1).replace("batch", "BATCH").getBytes(StandardCharsets.ISO_8859_1);
        // A symbolic name is fine whatever it is called: the import still succeeds.
        Model m = OnnxImporter.read(bad);
        assertEquals(10, m.classes());
        byte[] fixed4 = new TestGraph(7).input("x", 4).output("z", 4).random("w", 0.3, 4, 4)
                .op("MatMul", in("x", "w"), "z").bytes();
        ai.onnx.proto.OnnxMl.ModelProto p;
        try {
            p = ai.onnx.proto.OnnxMl.ModelProto.parseFrom(fixed4);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
        var b = p.toBuilder();
        b.getGraphBuilder().getInputBuilder(0).getTypeBuilder().getTensorTypeBuilder().getShapeBuilder().getDimBuilder(0)
                .clearDimParam().setDimValue(4);
        OnnxImportException e = assertThrows(OnnxImportException.class, () -> OnnxImporter.read(b.build().toByteArray()));
        assertTrue(e.getMessage().contains("fixed batch of 4"), e.getMessage());
    }

    @Test
    void corruptedFilesGiveAClearError() {
        byte[] good = OnnxExporter.toBytes(Architectures.mlp(Architectures.Activation.RELU, 8), "g");
        List<byte[]> corrupted = List.of(
                new byte[0],
                "this is not an onnx model\n".getBytes(StandardCharsets.UTF_8),
                Arrays.copyOf(good, good.length / 2),
                Arrays.copyOf(good, good.length - 3),
                flipped(good, 7),
                random(4096, 8));
        for (byte[] bytes : corrupted) {
            OnnxImportException e = assertThrows(OnnxImportException.class, () -> OnnxImporter.read(bytes));
            assertTrue(e.getMessage().length() > 10, e.getMessage());
        }
    }

    @Test
    void randomDamageGivesAModelOrAClearErrorNeverAnotherException() {
        byte[] good = OnnxExporter.toBytes(Architectures.cnn(Architectures.Activation.SQUARE, 2, 4), "g");
        SplittableRandom rng = new SplittableRandom(10);
        int rejected = 0;
        for (int trial = 0; trial < 300; trial++) {
            byte[] b = good.clone();
            for (int k = 0; k < 3; k++) {
                b[rng.nextInt(b.length)] = (byte) rng.nextInt(256);
            }
            try {
                OnnxImporter.read(b);
            } catch (OnnxImportException e) {
                rejected++;
            }
        }
        assertTrue(rejected > 0, "some damage must be detected");
    }

    @Test
    void weightOfTheWrongSizeIsRejected() {
        byte[] onnx = new TestGraph(9).input("x", 5).output("z", 3).random("w", 0.3, 3, 4)
                .add(node("Gemm", in("x", "w"), "z").addAttribute(i("transB", 1))).bytes();
        OnnxImportException e = assertThrows(OnnxImportException.class, () -> OnnxImporter.read(onnx));
        assertTrue(e.getMessage().contains("does not fit an input of 5"), e.getMessage());
    }

    private static byte[] flipped(byte[] good, long seed) {
        byte[] b = good.clone();
        SplittableRandom rng = new SplittableRandom(seed);
        // Damage the framing near the start (the graph header), not just weight bytes.
        for (int k = 0; k < 8; k++) {
            b[rng.nextInt(Math.min(64, b.length))] ^= (byte) 0xA5;
        }
        return b;
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new SplittableRandom(seed).nextBytes(b);
        return b;
    }
}
