package io.aitbc.model.onnx;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import java.util.HashMap;
import java.util.Map;

/** Typed access to a node's attributes, with defaults and errors that name the node. */
final class NodeAttributes {
    private final NodeProto node;
    private final Map<String, AttributeProto> byName = new HashMap<>();

    NodeAttributes(NodeProto node) {
        this.node = node;
        for (AttributeProto a : node.getAttributeList()) {
            byName.put(a.getName(), a);
        }
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    long getInt(String name, long defaultValue) {
        AttributeProto a = byName.get(name);
        return a == null ? defaultValue : a.getI();
    }

    double getFloat(String name, double defaultValue) {
        AttributeProto a = byName.get(name);
        return a == null ? defaultValue : a.getF();
    }

    String getString(String name, String defaultValue) {
        AttributeProto a = byName.get(name);
        return a == null ? defaultValue : a.getS().toStringUtf8();
    }

    /** The ints of {@code name}, or {@code defaultValue} (may be null) when absent. */
    long[] getInts(String name, long[] defaultValue) {
        AttributeProto a = byName.get(name);
        return a == null ? defaultValue : a.getIntsList().stream().mapToLong(Long::longValue).toArray();
    }

    AttributeProto get(String name) {
        return byName.get(name);
    }

    /** Fails unless the attribute is absent or equal to {@code expected}. */
    void requireInt(String name, long expected, String why) {
        long v = getInt(name, expected);
        if (v != expected) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": " + name + " = " + v + " is not supported (" + why + ")");
        }
    }
}
