package io.aitbc.model.onnx;

import ai.onnx.proto.OnnxMl.NodeProto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The constant tensors of a graph being imported (initializers, Constant nodes) and the folding of the
 * constant-only operators PyTorch emits around them: Gather, Unsqueeze/Squeeze, Concat (the shape arithmetic
 * of {@code view}) and Transpose (of Linear weights in older exports).
 */
final class GraphConstants {
    private final Map<String, OnnxConstant> values = new HashMap<>();

    boolean contains(String name) {
        return values.containsKey(name);
    }

    OnnxConstant get(String name) {
        return values.get(name);
    }

    void put(String name, OnnxConstant c) {
        values.put(name, c);
    }

    void constantNode(NodeProto node, NodeAttributes attrs) {
        OnnxConstant c;
        if (attrs.has("value")) {
            c = TensorDecoder.decode(attrs.get("value").getT());
        } else if (attrs.has("value_float")) {
            c = new OnnxConstant(new long[0], new double[] {attrs.getFloat("value_float", 0)});
        } else if (attrs.has("value_int")) {
            c = new OnnxConstant(new long[0], new double[] {attrs.getInt("value_int", 0)});
        } else if (attrs.has("value_floats")) {
            c = OnnxConstant.vector(attrs.get("value_floats").getFloatsList().stream().mapToDouble(Float::doubleValue).toArray());
        } else if (attrs.has("value_ints")) {
            c = OnnxConstant.vector(Arrays.stream(attrs.getInts("value_ints", null)).asDoubleStream().toArray());
        } else {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": unsupported kind of constant");
        }
        values.put(node.getOutput(0), c);
    }

    void gather(NodeProto node, NodeAttributes attrs) {
        OnnxConstant data = constant(node, 0);
        OnnxConstant indices = constant(node, 1);
        if (data.dims().length != 1 || attrs.getInt("axis", 0) != 0) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": Gather is only supported on constant vectors");
        }
        double[] out = new double[indices.size()];
        for (int i = 0; i < out.length; i++) {
            long idx = normalize((long) indices.values()[i], data.size());
            out[i] = data.values()[(int) idx];
        }
        values.put(node.getOutput(0), new OnnxConstant(indices.dims(), out));
    }

    /** Unsqueeze/Squeeze of constant scalars and vectors (the shape arithmetic of {@code view}). */
    void squeezeConstant(NodeProto node, NodeAttributes attrs) {
        OnnxConstant c = constant(node, 0);
        long[] dims = c.dims();
        if (node.getOpType().equals("Unsqueeze")) {
            long[] axes = node.getInputCount() > 1 ? constant(node, 1).longs() : attrs.getInts("axes", new long[0]);
            long[] out = new long[dims.length + axes.length];
            Arrays.fill(out, -1);
            for (long a : axes) {
                out[(int) normalize(a, out.length)] = 1;
            }
            int j = 0;
            for (int i = 0; i < out.length; i++) {
                if (out[i] == -1) {
                    out[i] = dims[j++];
                }
            }
            values.put(node.getOutput(0), new OnnxConstant(out, c.values()));
        } else {
            values.put(node.getOutput(0), new OnnxConstant(c.squeezedDims(), c.values()));
        }
    }

    void concat(NodeProto node, NodeAttributes attrs) {
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < node.getInputCount(); i++) {
            OnnxConstant c = constant(node, i);
            if (c.dims().length != 1) {
                throw new OnnxImportException(OnnxNodes.describe(node) + ": Concat is only supported on constant vectors");
            }
            for (double v : c.values()) {
                all.add(v);
            }
        }
        values.put(node.getOutput(0), OnnxConstant.vector(all.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** Transpose of a constant (older PyTorch exports transpose Linear weights before MatMul). */
    void transposeConstant(NodeProto node, NodeAttributes attrs) {
        OnnxConstant c = constant(node, 0);
        long[] dims = c.dims();
        int rank = dims.length;
        long[] perm = attrs.getInts("perm", null);
        if (perm == null) {
            perm = new long[rank];
            for (int i = 0; i < rank; i++) {
                perm[i] = rank - 1 - i;
            }
        }
        if (perm.length != rank) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": perm " + Arrays.toString(perm) + " does not fit rank " + rank);
        }
        long[] outDims = new long[rank];
        for (int i = 0; i < rank; i++) {
            outDims[i] = dims[(int) perm[i]];
        }
        long[] inStrides = strides(dims);
        double[] out = new double[c.size()];
        int[] idx = new int[rank];
        for (int flat = 0; flat < out.length; flat++) {
            long src = 0;
            for (int i = 0; i < rank; i++) {
                src += idx[i] * inStrides[(int) perm[i]];
            }
            out[flat] = c.values()[(int) src];
            for (int i = rank - 1; i >= 0 && ++idx[i] == outDims[i]; i--) {
                idx[i] = 0;
            }
        }
        values.put(node.getOutput(0), new OnnxConstant(outDims, out));
    }

    private static long[] strides(long[] dims) {
        long[] st = new long[dims.length];
        long acc = 1;
        for (int i = dims.length - 1; i >= 0; i--) {
            st[i] = acc;
            acc *= dims[i];
        }
        return st;
    }

    OnnxConstant constant(NodeProto node, int input) {
        if (input >= node.getInputCount()) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": missing input " + input);
        }
        OnnxConstant c = values.get(node.getInput(input));
        if (c == null) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": input '" + node.getInput(input)
                    + "' must be a constant (initializer or Constant)");
        }
        return c;
    }

    /** An ONNX axis (negative counts from the end) as an index in [0, rank). */
    static long normalize(long axis, int rank) {
        long a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank) {
            throw new OnnxImportException("axis " + axis + " out of range for rank " + rank);
        }
        return a;
    }

}
