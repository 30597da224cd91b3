package io.aitbc.model.onnx;

import static org.junit.jupiter.api.Assertions.fail;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The ONNX project's own test cases (Debian package {@code libonnx-testdata}, MIT licence): models exported
 * by PyTorch and single-operator graphs, each with input and expected-output tensors computed by the ONNX
 * project. Absent package: skipped with a message, failing under CI=true.
 */
final class OnnxTestData {
    static final Path ROOT = Path.of("/usr/share/libonnx-testdata/data");

    /** One case: the model and its first data set. */
    record Case(String name, ModelProto model, List<TensorProto> inputs, TensorProto expected) {
    }

    private OnnxTestData() {
    }

    static Case load(String relative) throws IOException {
        if (!Files.isDirectory(ROOT)) {
            String msg = "ONNX test data not found in " + ROOT + ": install the Debian package libonnx-testdata";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(msg + " (required under CI=true)");
            }
            Assumptions.abort(msg);
        }
        Path dir = ROOT.resolve(relative);
        ModelProto model = ModelProto.parseFrom(Files.readAllBytes(dir.resolve("model.onnx")));
        Path data = dir.resolve("test_data_set_0");
        List<TensorProto> inputs = new ArrayList<>();
        for (int i = 0; Files.exists(data.resolve("input_" + i + ".pb")); i++) {
            inputs.add(TensorProto.parseFrom(Files.readAllBytes(data.resolve("input_" + i + ".pb"))));
        }
        return new Case(relative, model, inputs, TensorProto.parseFrom(Files.readAllBytes(data.resolve("output_0.pb"))));
    }

    /**
     * The case's graph prepared for a one-input chain: graph inputs after the first become initializers
     * with their test values (single-operator tests pass weights as inputs), the first input's batch axis
     * becomes symbolic, and when the output is not already [batch, n] a Flatten is appended (a reorder only).
     */
    static ModelProto asChain(Case c) {
        GraphProto.Builder g = c.model().getGraph().toBuilder();
        List<String> initializers = g.getInitializerList().stream().map(TensorProto::getName).toList();
        List<ValueInfoProto> dataInputs = g.getInputList().stream().filter(v -> !initializers.contains(v.getName())).toList();
        for (int i = 1; i < dataInputs.size(); i++) {
            g.addInitializer(c.inputs().get(i).toBuilder().setName(dataInputs.get(i).getName()));
        }
        for (int i = 0; i < g.getInputCount(); i++) {
            if (g.getInput(i).getName().equals(dataInputs.getFirst().getName())) {
                g.getInputBuilder(i).getTypeBuilder().getTensorTypeBuilder().getShapeBuilder().getDimBuilder(0)
                        .clearDimValue().setDimParam("N");
            }
        }
        if (c.expected().getDimsCount() != 2) {
            String out = g.getOutput(0).getName();
            g.addNode(NodeProto.newBuilder().setOpType("Flatten").setName("harness_flatten").addInput(out).addOutput(out + "_flat"));
            g.getOutputBuilder(0).setName(out + "_flat").getTypeBuilder().getTensorTypeBuilder()
                    .setShape(TensorShapeProto.newBuilder());
        }
        return c.model().toBuilder().setGraph(g).build();
    }
}
