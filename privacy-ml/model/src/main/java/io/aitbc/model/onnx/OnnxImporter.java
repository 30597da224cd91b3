package io.aitbc.model.onnx;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import com.google.protobuf.InvalidProtocolBufferException;
import io.aitbc.model.ir.Model;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an ONNX model (as exported by PyTorch, or by {@link OnnxExporter}) into the IR.
 *
 * <p>The graph must be a chain over one float input (batch dimension 1 or symbolic), built from: Gemm,
 * MatMul (+ Add), Conv (+ Add), BatchNormalization (folded into the preceding Gemm/MatMul/Conv), Relu,
 * Mul(x, x), AveragePool, GlobalAveragePool, Flatten, Reshape, Softmax/LogSoftmax at the end, and the
 * harmless Identity, Dropout, Constant, Cast and the shape arithmetic PyTorch emits for {@code view}
 * (Shape, Gather, Unsqueeze, Squeeze, Concat over constants), and Transpose of constant weights. Anything else is reported by operator name
 * with {@link UnsupportedOperatorException}; malformed files give an {@link OnnxImportException}.
 */
public final class OnnxImporter {

    static final Set<String> SUPPORTED = Set.of(
            "Gemm", "MatMul", "Add", "Conv", "BatchNormalization", "Relu", "Mul", "AveragePool",
            "GlobalAveragePool", "Flatten", "Reshape", "Softmax", "LogSoftmax", "Identity", "Dropout", "Constant",
            "Cast", "Shape", "Gather", "Unsqueeze", "Squeeze", "Concat", "Transpose");

    private OnnxImporter() {
    }

    public static Model read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    public static Model read(InputStream in) throws IOException {
        return read(in.readAllBytes());
    }

    public static Model read(byte[] onnx) {
        ModelProto proto;
        try {
            proto = ModelProto.parseFrom(onnx);
        } catch (InvalidProtocolBufferException e) {
            throw new OnnxImportException("not a valid ONNX file (protobuf decoding failed: " + e.getMessage() + ")", e);
        }
        return read(proto);
    }

    public static Model read(ModelProto proto) {
        if (!proto.hasGraph() || proto.getGraph().getNodeCount() == 0) {
            throw new OnnxImportException("not a valid ONNX file: it holds no graph (corrupted or not an ONNX model)");
        }
        if (proto.getIrVersion() <= 0) {
            throw new OnnxImportException("not a valid ONNX file: missing ir_version");
        }
        GraphProto graph = proto.getGraph();
        rejectUnsupported(graph);
        try {
            return new GraphImport(graph, defaultOpset(proto)).run();
        } catch (OnnxImportException e) {
            throw e;
        } catch (RuntimeException e) {
            // Whatever a malformed graph trips over (sizes, indices, overflow), the caller gets one clear type.
            throw new OnnxImportException("malformed ONNX model: " + e, e);
        }
    }

    private static long defaultOpset(ModelProto proto) {
        for (OperatorSetIdProto id : proto.getOpsetImportList()) {
            if (id.getDomain().isEmpty() || id.getDomain().equals("ai.onnx")) {
                return id.getVersion();
            }
        }
        throw new OnnxImportException("the model imports no version of the default ONNX operator set");
    }

    private static void rejectUnsupported(GraphProto graph) {
        Set<String> unsupported = new LinkedHashSet<>();
        List<String> nodes = new ArrayList<>();
        for (NodeProto n : graph.getNodeList()) {
            boolean defaultDomain = n.getDomain().isEmpty() || n.getDomain().equals("ai.onnx");
            if (!defaultDomain || !SUPPORTED.contains(n.getOpType())) {
                String op = defaultDomain ? n.getOpType() : n.getDomain() + "." + n.getOpType();
                if (unsupported.add(op)) {
                    nodes.add(OnnxNodes.describe(n));
                }
            }
        }
        if (!unsupported.isEmpty()) {
            throw new UnsupportedOperatorException(List.copyOf(unsupported), "first use: " + String.join(", ", nodes)
                    + "; supported: " + String.join(", ", SUPPORTED.stream().sorted().toList()));
        }
    }
}
