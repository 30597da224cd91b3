package io.aitbc.model.onnx;

import ai.onnx.proto.OnnxMl.NodeProto;

/** Naming of nodes in messages. */
final class OnnxNodes {

    private OnnxNodes() {
    }

    static String describe(NodeProto node) {
        return node.getName().isEmpty() ? node.getOpType() + " node" : node.getOpType() + " node '" + node.getName() + "'";
    }
}
