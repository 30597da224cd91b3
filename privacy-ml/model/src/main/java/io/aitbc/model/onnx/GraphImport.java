package io.aitbc.model.onnx;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import io.aitbc.model.ir.AveragePool;
import io.aitbc.model.ir.Conv2d;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.Flatten;
import io.aitbc.model.ir.Layer;
import io.aitbc.model.ir.LinearLayer;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.OutputHead;
import io.aitbc.model.ir.Padding;
import io.aitbc.model.ir.RealTensor;
import io.aitbc.model.ir.Relu;
import io.aitbc.model.ir.Reshape;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.ir.Square;
import io.aitbc.model.ir.Window;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One import: walks the nodes in order, keeping the constants of the graph and the single activation that
 * flows through the chain (its name and its shape without the batch dimension).
 */
final class GraphImport {
    private final GraphProto graph;
    private final long opset;
    private final GraphConstants constants = new GraphConstants();
    private final Set<String> pastActivations = new HashSet<>();
    private final List<Layer> layers = new ArrayList<>();
    private final Shape inputShape;
    private String current;
    private Shape shape;
    private OutputHead head = OutputHead.LOGITS;
    /** True while the last layer is a Dense/Conv whose output is the current activation (Add/BN fold into it). */
    private boolean linearOpen;

    GraphImport(GraphProto graph, long opset) {
        this.graph = graph;
        this.opset = opset;
        for (TensorProto t : graph.getInitializerList()) {
            constants.put(t.getName(), TensorDecoder.decode(t));
        }
        List<ValueInfoProto> inputs = graph.getInputList().stream().filter(v -> !constants.contains(v.getName())).toList();
        if (inputs.size() != 1) {
            throw new OnnxImportException("the graph must have exactly one (non-initializer) input, found " + inputs.size());
        }
        this.current = inputs.getFirst().getName();
        this.inputShape = inputShape(inputs.getFirst());
        this.shape = inputShape;
    }

    Model run() {
        for (NodeProto node : graph.getNodeList()) {
            if (node.getInputList().stream().anyMatch(pastActivations::contains)) {
                throw new OnnxImportException(OnnxNodes.describe(node) + " reads an earlier activation: only sequential "
                        + "graphs (no branches or skip connections) are supported");
            }
            if (head != OutputHead.LOGITS && !node.getOpType().equals("Identity") && readsActivation(node)) {
                throw new OnnxImportException(OnnxNodes.describe(node) + " follows the output " + head
                        + ": softmax is only supported as the last operation");
            }
            importNode(node);
        }
        if (graph.getOutputCount() != 1 || !graph.getOutput(0).getName().equals(current)) {
            throw new OnnxImportException("the graph must have exactly one output, the end of its chain of layers ('"
                    + current + "'); found " + graph.getOutputList().stream().map(ValueInfoProto::getName).toList());
        }
        if (layers.isEmpty()) {
            throw new OnnxImportException("the graph computes nothing: no layer found");
        }
        try {
            return new Model(inputShape, layers, head);
        } catch (IllegalArgumentException e) {
            throw new OnnxImportException("the graph does not form a valid model: " + e.getMessage(), e);
        }
    }

    private void importNode(NodeProto node) {
        NodeAttributes attrs = new NodeAttributes(node);
        try {
            switch (node.getOpType()) {
                case "Constant" -> constants.constantNode(node, attrs);
                case "Identity", "Dropout", "Cast" -> passThrough(node);
                case "Shape" -> shapeOf(node, attrs);
                case "Gather" -> constants.gather(node, attrs);
                case "Unsqueeze", "Squeeze" -> constants.squeezeConstant(node, attrs);
                case "Concat" -> constants.concat(node, attrs);
                case "Transpose" -> constants.transposeConstant(node, attrs);
                case "Gemm" -> gemm(node, attrs);
                case "MatMul" -> matMul(node);
                case "Add" -> add(node);
                case "Conv" -> conv(node, attrs);
                case "BatchNormalization" -> batchNorm(node, attrs);
                case "Relu" -> push(node, new Relu(shape));
                case "Mul" -> mul(node);
                case "AveragePool" -> averagePool(node, attrs);
                case "GlobalAveragePool" -> globalAveragePool(node);
                case "Flatten" -> flatten(node, attrs);
                case "Reshape" -> reshape(node);
                case "Softmax", "LogSoftmax" -> softmax(node, attrs);
                default -> throw new UnsupportedOperatorException(List.of(node.getOpType()), OnnxNodes.describe(node));
            }
        } catch (IllegalArgumentException e) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": " + e.getMessage(), e);
        }
    }

    // ---- activation pass-through and shape ---------------------------------------------------------

    private void passThrough(NodeProto node) {
        String in = node.getInput(0);
        if (constants.contains(in)) {
            constants.put(node.getOutput(0), constants.get(in));
        } else {
            requireCurrent(node, in);
            rename(node.getOutput(0));
        }
    }

    /** Shape of the activation is known statically: [1, dims...] with the batch of one. */
    private void shapeOf(NodeProto node, NodeAttributes attrs) {
        requireCurrent(node, node.getInput(0));
        double[] full = new double[shape.rank() + 1];
        full[0] = 1;
        for (int i = 0; i < shape.rank(); i++) {
            full[i + 1] = shape.dim(i);
        }
        int start = (int) GraphConstants.normalize(attrs.getInt("start", 0), full.length + 1);
        int end = (int) (attrs.has("end") ? GraphConstants.normalize(attrs.getInt("end", 0), full.length + 1) : full.length);
        constants.put(node.getOutput(0), OnnxConstant.vector(Arrays.copyOfRange(full, start, Math.min(end, full.length))));
        // The activation is still current: Shape only reads it. Keep it out of pastActivations.
    }

    // ---- layers ------------------------------------------------------------------------------------

    private void gemm(NodeProto node, NodeAttributes attrs) {
        requireCurrent(node, node.getInput(0));
        shape.requireVector("Gemm");
        attrs.requireInt("transA", 0, "the input must be the first operand, untransposed");
        double alpha = attrs.getFloat("alpha", 1.0);
        double beta = attrs.getFloat("beta", 1.0);
        OnnxConstant b = constants.constant(node, 1);
        boolean transB = attrs.getInt("transB", 0) != 0;
        Dense dense = denseFrom(node, b, transB, alpha);
        if (node.getInputCount() > 2 && !node.getInput(2).isEmpty()) {
            double[] bias = broadcast(node, constants.constant(node, 2), dense.outputs());
            double[] one = new double[dense.outputs()];
            Arrays.fill(one, 1.0);
            dense = dense.withChannelAffine(one, Arrays.stream(bias).map(v -> v * beta).toArray());
        }
        push(node, dense);
        linearOpen = true;
    }

    private void matMul(NodeProto node) {
        requireCurrent(node, node.getInput(0));
        shape.requireVector("MatMul");
        push(node, denseFrom(node, constants.constant(node, 1), false, 1.0));
        linearOpen = true;
    }

    /** A Dense layer from a constant weight matrix, [in][out] (MatMul, Gemm) or [out][in] (Gemm transB). */
    private Dense denseFrom(NodeProto node, OnnxConstant b, boolean transposed, double alpha) {
        if (b.dims().length != 2) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": the weight must be a constant matrix, got shape "
                    + Arrays.toString(b.dims()));
        }
        int rows = (int) b.dims()[0];
        int cols = (int) b.dims()[1];
        int in = transposed ? cols : rows;
        int out = transposed ? rows : cols;
        if (in != shape.size()) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": weight shape " + Arrays.toString(b.dims())
                    + " does not fit an input of " + shape.size() + " values");
        }
        double[] w = new double[in * out];
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                w[o * in + i] = alpha * (transposed ? b.values()[o * in + i] : b.values()[i * out + o]);
            }
        }
        return Dense.of(in, out, w, new double[out]);
    }

    private void conv(NodeProto node, NodeAttributes attrs) {
        requireCurrent(node, node.getInput(0));
        shape.requireImage("Conv");
        attrs.requireInt("group", 1, "grouped/depthwise convolutions");
        long[] dilations = attrs.getInts("dilations", new long[] {1, 1});
        if (Arrays.stream(dilations).anyMatch(d -> d != 1)) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": dilations " + Arrays.toString(dilations) + " are not supported");
        }
        OnnxConstant w = constants.constant(node, 1);
        if (w.dims().length != 4) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": only 2D convolutions are supported (weight "
                    + Arrays.toString(w.dims()) + ")");
        }
        Shape wShape = Shape.of(Arrays.stream(w.dims()).mapToInt(Math::toIntExact).toArray());
        Window window = window(node, attrs, wShape.dim(2), wShape.dim(3));
        RealTensor bias = node.getInputCount() > 2 && !node.getInput(2).isEmpty()
                ? RealTensor.of(Shape.vector(wShape.dim(0)), broadcast(node, constants.constant(node, 2), wShape.dim(0)))
                : RealTensor.zeros(Shape.vector(wShape.dim(0)));
        push(node, new Conv2d(shape, w.toTensor(node.getInput(1), wShape), bias, window));
        linearOpen = true;
    }

    private Window window(NodeProto node, NodeAttributes attrs, long kh, long kw) {
        long[] kernel = attrs.getInts("kernel_shape", new long[] {kh, kw});
        if (kernel.length != 2 || kernel[0] != kh || kernel[1] != kw) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": kernel_shape " + Arrays.toString(kernel) + " is not 2D "
                    + kh + "x" + kw);
        }
        String autoPad = attrs.getString("auto_pad", "NOTSET");
        if (!autoPad.equals("NOTSET") && !autoPad.equals("VALID")) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": auto_pad " + autoPad + " is not supported (use explicit pads)");
        }
        long[] strides = attrs.getInts("strides", new long[] {1, 1});
        long[] pads = autoPad.equals("VALID") ? new long[4] : attrs.getInts("pads", new long[4]);
        if (strides.length != 2 || pads.length != 4) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": expected 2 strides and 4 pads");
        }
        return new Window((int) kh, (int) kw, (int) strides[0], (int) strides[1],
                new Padding((int) pads[0], (int) pads[1], (int) pads[2], (int) pads[3]));
    }

    /** Add of a constant right after a Dense/Conv becomes part of its bias. */
    private void add(NodeProto node) {
        int act = activationOperand(node);
        OnnxConstant c = constants.constant(node, 1 - act);
        LinearLayer last = requireOpenLinear(node, "Add of a constant");
        double[] shift = broadcast(node, c, last.outputChannels());
        double[] one = new double[shift.length];
        Arrays.fill(one, 1.0);
        replaceLast(node, last.withChannelAffine(one, shift));
    }

    private void batchNorm(NodeProto node, NodeAttributes attrs) {
        requireCurrent(node, node.getInput(0));
        attrs.requireInt("training_mode", 0, "only inference-mode BatchNormalization is supported");
        if (node.getOutputCount() > 1 && node.getOutputList().subList(1, node.getOutputCount()).stream().anyMatch(s -> !s.isEmpty())) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": running-statistics outputs are not supported");
        }
        LinearLayer last = requireOpenLinear(node, "BatchNormalization");
        int ch = last.outputChannels();
        double[] gamma = broadcast(node, constants.constant(node, 1), ch);
        double[] beta = broadcast(node, constants.constant(node, 2), ch);
        double[] mean = broadcast(node, constants.constant(node, 3), ch);
        double[] var = broadcast(node, constants.constant(node, 4), ch);
        double eps = attrs.getFloat("epsilon", 1e-5);
        double[] scale = new double[ch];
        double[] shift = new double[ch];
        for (int c = 0; c < ch; c++) {
            scale[c] = gamma[c] / Math.sqrt(var[c] + eps);
            shift[c] = beta[c] - mean[c] * scale[c];
        }
        replaceLast(node, last.withChannelAffine(scale, shift));
    }

    private void mul(NodeProto node) {
        if (node.getInputCount() == 2 && node.getInput(0).equals(current) && node.getInput(1).equals(current)) {
            push(node, new Square(shape));
            return;
        }
        throw new UnsupportedOperatorException(List.of("Mul"), OnnxNodes.describe(node)
                + ": only Mul(x, x) (square activation) is supported");
    }

    private void averagePool(NodeProto node, NodeAttributes attrs) {
        requireCurrent(node, node.getInput(0));
        shape.requireImage("AveragePool");
        attrs.requireInt("ceil_mode", 0, "ceil_mode");
        long[] kernel = attrs.getInts("kernel_shape", null);
        if (kernel == null || kernel.length != 2) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": a 2D kernel_shape is required");
        }
        Window w = window(node, attrs, kernel[0], kernel[1]);
        if (!w.padding().isNone()) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": padded average pooling is not supported");
        }
        push(node, new AveragePool(shape, w));
    }

    private void globalAveragePool(NodeProto node) {
        requireCurrent(node, node.getInput(0));
        shape.requireImage("GlobalAveragePool");
        int h = shape.dim(1);
        int w = shape.dim(2);
        push(node, new AveragePool(shape, new Window(h, w, h, w, Padding.NONE)));
    }

    private void flatten(NodeProto node, NodeAttributes attrs) {
        requireCurrent(node, node.getInput(0));
        long axis = GraphConstants.normalize(attrs.getInt("axis", 1), shape.rank() + 1);
        if (axis > 1) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": Flatten with axis " + axis
                    + " would keep a non-batch axis; only axis 0 or 1 is supported");
        }
        push(node, new Flatten(shape));
    }

    private void reshape(NodeProto node) {
        requireCurrent(node, node.getInput(0));
        long[] target = constants.constant(node, 1).longs();
        int[] full = new int[shape.rank() + 1];
        full[0] = 1;
        for (int i = 0; i < shape.rank(); i++) {
            full[i + 1] = shape.dim(i);
        }
        int[] resolved = resolveReshape(node, full, target);
        // The batch stays first unless the target flattens everything into one axis (batch of one).
        int[] dims = resolved.length == 1 ? resolved : Arrays.copyOfRange(resolved, 1, resolved.length);
        if (resolved.length > 1 && resolved[0] != 1) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": the reshape mixes the batch axis into the data "
                    + Arrays.toString(resolved));
        }
        push(node, new Reshape(shape, Shape.of(dims)));
    }

    private static int[] resolveReshape(NodeProto node, int[] full, long[] target) {
        int size = Arrays.stream(full).reduce(1, (a, b) -> a * b);
        int[] out = new int[target.length];
        int inferred = -1;
        int known = 1;
        for (int i = 0; i < target.length; i++) {
            if (target[i] == -1) {
                if (inferred >= 0) {
                    throw new OnnxImportException(OnnxNodes.describe(node) + ": more than one -1 in the shape");
                }
                inferred = i;
                continue;
            }
            out[i] = target[i] == 0 ? full[i] : Math.toIntExact(target[i]);
            if (out[i] <= 0) {
                throw new OnnxImportException(OnnxNodes.describe(node) + ": invalid target dimension " + target[i]);
            }
            known *= out[i];
        }
        if (inferred >= 0) {
            out[inferred] = size / known;
        }
        if (Arrays.stream(out).reduce(1, (a, b) -> a * b) != size) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": cannot reshape " + Arrays.toString(full) + " to "
                    + Arrays.toString(target));
        }
        return out;
    }

    private void softmax(NodeProto node, NodeAttributes attrs) {
        requireCurrent(node, node.getInput(0));
        shape.requireVector(node.getOpType());
        long axis = GraphConstants.normalize(attrs.getInt("axis", opset >= 13 ? -1 : 1), 2);
        if (axis != 1) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": softmax must run over the class axis");
        }
        head = node.getOpType().equals("Softmax") ? OutputHead.SOFTMAX : OutputHead.LOG_SOFTMAX;
        rename(node.getOutput(0));
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private void push(NodeProto node, Layer layer) {
        layers.add(layer);
        shape = layer.outputShape();
        linearOpen = false;
        rename(node.getOutput(0));
    }

    private void replaceLast(NodeProto node, LinearLayer layer) {
        layers.set(layers.size() - 1, layer);
        rename(node.getOutput(0));
        linearOpen = true;
    }

    private void rename(String next) {
        pastActivations.add(current);
        current = next;
    }

    private LinearLayer requireOpenLinear(NodeProto node, String what) {
        if (!linearOpen || !(layers.getLast() instanceof LinearLayer last)) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": " + what
                    + " is only supported directly after Gemm, MatMul or Conv (it is folded into that layer)");
        }
        return last;
    }

    private int activationOperand(NodeProto node) {
        if (node.getInputCount() != 2) {
            throw new OnnxImportException(OnnxNodes.describe(node) + ": expected two inputs");
        }
        if (node.getInput(0).equals(current) && constants.contains(node.getInput(1))) {
            return 0;
        }
        if (node.getInput(1).equals(current) && constants.contains(node.getInput(0))) {
            return 1;
        }
        throw new OnnxImportException(OnnxNodes.describe(node) + ": expected the current activation and a constant");
    }

    private void requireCurrent(NodeProto node, String input) {
        if (!input.equals(current)) {
            String what = constants.contains(input) ? "a constant ('" + input + "')" : "'" + input + "'";
            throw new OnnxImportException(OnnxNodes.describe(node) + " reads " + what + " where the activation '"
                    + current + "' was expected");
        }
    }

    private boolean readsActivation(NodeProto node) {
        return node.getInputList().contains(current);
    }

    /** A per-channel vector from a constant of size n or 1 (any number of size-1 axes allowed). */
    private static double[] broadcast(NodeProto node, OnnxConstant c, int n) {
        long[] sq = c.squeezedDims();
        if (c.size() == n && sq.length <= 1) {
            return c.values().clone();
        }
        if (c.size() == 1) {
            double[] out = new double[n];
            Arrays.fill(out, c.values()[0]);
            return out;
        }
        throw new OnnxImportException(OnnxNodes.describe(node) + ": constant of shape " + Arrays.toString(c.dims())
                + " does not broadcast to " + n + " channels");
    }

    private static Shape inputShape(ValueInfoProto input) {
        if (!input.getType().hasTensorType()) {
            throw new OnnxImportException("input '" + input.getName() + "' is not a tensor");
        }
        var tensor = input.getType().getTensorType();
        if (tensor.getElemType() != TensorProto.DataType.FLOAT_VALUE && tensor.getElemType() != TensorProto.DataType.DOUBLE_VALUE) {
            throw new OnnxImportException("input '" + input.getName() + "' must be float, got "
                    + TensorProto.DataType.forNumber(tensor.getElemType()));
        }
        List<TensorShapeProto.Dimension> dims = tensor.getShape().getDimList();
        if (dims.size() < 2) {
            throw new OnnxImportException("input '" + input.getName() + "' must have a batch axis and data axes, got rank " + dims.size());
        }
        TensorShapeProto.Dimension batch = dims.getFirst();
        if (batch.hasDimValue() && batch.getDimValue() != 1) {
            throw new OnnxImportException("input '" + input.getName() + "' has a fixed batch of " + batch.getDimValue()
                    + "; use 1 or a symbolic batch dimension");
        }
        int[] out = new int[dims.size() - 1];
        for (int i = 1; i < dims.size(); i++) {
            if (!dims.get(i).hasDimValue() || dims.get(i).getDimValue() <= 0) {
                throw new OnnxImportException("input '" + input.getName() + "' axis " + i + " must have a fixed positive size");
            }
            out[i - 1] = Math.toIntExact(dims.get(i).getDimValue());
        }
        return Shape.of(out);
    }

}
