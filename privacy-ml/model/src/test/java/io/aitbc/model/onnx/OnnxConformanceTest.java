package io.aitbc.model.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnx.proto.OnnxMl.TensorProto;
import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Model;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Third-party ONNX files: PyTorch exports and operator tests of the ONNX project with its expected
 * outputs. Cases inside the IR must reproduce the expected tensors; cases outside it must be refused with
 * a message naming the reason.
 */
class OnnxConformanceTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "pytorch-converted/test_Linear", "pytorch-converted/test_Linear_no_bias",
        "pytorch-converted/test_Conv2d", "pytorch-converted/test_Conv2d_no_bias", "pytorch-converted/test_Conv2d_padding",
        "pytorch-converted/test_Conv2d_strided", "pytorch-converted/test_AvgPool2d", "pytorch-converted/test_AvgPool2d_stride",
        "pytorch-converted/test_ReLU", "pytorch-operator/test_operator_flatten", "pytorch-operator/test_operator_mm",
        "node/test_gemm_default_no_bias", "node/test_gemm_transposeB", "node/test_gemm_alpha", "node/test_gemm_beta",
        "node/test_matmul_2d", "node/test_conv_with_strides_padding",
        "node/test_conv_with_strides_no_padding", "node/test_averagepool_2d_default", "node/test_averagepool_2d_strides",
        "node/test_averagepool_2d_precomputed_strides", "node/test_globalaveragepool", "node/test_relu",
        "node/test_flatten_axis1", "node/test_flatten_default_axis"})
    void reproducesTheExpectedOutput(String name) throws IOException {
        OnnxTestData.Case c = OnnxTestData.load(name);
        Model model = OnnxImporter.read(OnnxTestData.asChain(c));
        double[] x = values(c.inputs().getFirst());
        double[] expected = values(c.expected());
        int batch = (int) c.inputs().getFirst().getDims(0);
        int in = x.length / batch;
        int out = expected.length / batch;
        assertEquals(model.inputShape().size(), in, name);
        for (int b = 0; b < batch; b++) {
            double[] y = FloatInference.run(model, Arrays.copyOfRange(x, b * in, (b + 1) * in));
            assertEquals(out, y.length, name);
            for (int k = 0; k < out; k++) {
                double e = expected[b * out + k];
                assertEquals(e, y[k], 1e-5 + 1e-5 * Math.abs(e), name + " batch " + b + " value " + k);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "pytorch-converted/test_MaxPool2d, MaxPool", "pytorch-converted/test_Tanh, Tanh",
        "pytorch-converted/test_PReLU_2d, PRelu", "pytorch-operator/test_operator_params, Tanh",
        "node/test_maxpool_2d_default, MaxPool"})
    void unsupportedOperatorsAreNamed(String name, String operator) throws IOException {
        OnnxTestData.Case c = OnnxTestData.load(name);
        UnsupportedOperatorException e = assertThrows(UnsupportedOperatorException.class,
                () -> OnnxImporter.read(OnnxTestData.asChain(c)));
        assertTrue(e.operators().contains(operator), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "pytorch-converted/test_Conv2d_groups, group", "pytorch-converted/test_Conv2d_dilated, dilations",
        "pytorch-converted/test_Conv1d, needs an image input", "node/test_gemm_all_attributes, transA", "pytorch-converted/test_BatchNorm2d_eval, directly after",
        "node/test_averagepool_2d_pads, padded average pooling", "node/test_conv_with_autopad_same, auto_pad"})
    void unsupportedAttributesAreExplained(String name, String reason) throws IOException {
        OnnxTestData.Case c = OnnxTestData.load(name);
        OnnxImportException e = assertThrows(OnnxImportException.class, () -> OnnxImporter.read(OnnxTestData.asChain(c)));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    private static double[] values(TensorProto t) {
        return TensorDecoder.decode(t).values();
    }
}
