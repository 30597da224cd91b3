package io.aitbc.model.zkml;

import io.aitbc.model.ir.Padding;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.quant.QAveragePool;
import io.aitbc.model.quant.QConv2d;
import io.aitbc.model.quant.QDense;
import io.aitbc.model.quant.QRelu;
import io.aitbc.model.quant.QReshape;
import io.aitbc.model.quant.QSquare;
import io.aitbc.model.quant.QuantizationParams;
import io.aitbc.model.quant.QuantizedLayer;
import io.aitbc.model.quant.QuantizedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Emits a quantized model's circom main files: the inference circuit of docs/ZKML-SPEC.md §4 and the model
 * integrity circuit, exactly as circuits/README.md ("Generating a model's main circuit") specifies and
 * byte for byte what the reference generator {@code circuits/scripts/model-main.mjs} writes for the same shape.
 * A main is only a composition of the templates in {@code circuits/lib/ml}; compile it with
 * {@code circuits/scripts/compile-main.sh}. A model needs at least one Dense or Conv layer (a commitment to no
 * parameters would bind nothing).
 */
public final class CircuitGenerator {

    private CircuitGenerator() {
    }

    /** The inference main: public outputs commitment, hashes, class and logits; public input archHash. */
    public static String inferenceMain(QuantizedModel model) {
        CircuitLayout layout = CircuitLayout.of(model);
        int n = layout.inputSize(), k = layout.classes();
        List<String> lines = new ArrayList<>(header(model, "zkML inference circuit (ZKML-SPEC §4)"));
        lines.addAll(List.of(
                "include \"ml/layers.circom\";",
                "include \"ml/argmax.circom\";",
                "include \"ml/commitment.circom\";",
                "",
                "template Model() {",
                "    signal input archHash;",
                "    signal input x[" + n + "];"));
        lines.addAll(parameterDeclarations(layout));
        lines.addAll(List.of(
                "    signal output modelCommitment;",
                "    signal output inputHash;",
                "    signal output outputHash;",
                "    signal output predictedClass;",
                "    signal output logits[" + k + "];",
                ""));
        String logits = layerChain(model, lines);
        lines.addAll(List.of(
                "    logits <== " + logits + ";",
                "",
                "    component argmax = Argmax(" + k + ", " + QuantizationParams.ACTIVATION_BITS + ");",
                "    argmax.in <== logits;",
                "    predictedClass <== argmax.out;",
                "    component inputHasher = TensorHash(" + n + ", " + model.params().bIn() + ");",
                "    inputHasher.in <== x;",
                "    inputHash <== inputHasher.out;",
                "    component outputHasher = TensorHash(" + k + ", " + QuantizationParams.ACTIVATION_BITS + ");",
                "    outputHasher.in <== logits;",
                "    outputHash <== outputHasher.out;"));
        lines.addAll(commitment(layout));
        return footer(lines, "Model");
    }

    /** The model integrity main: private parameters, public input archHash, public output modelCommitment. */
    public static String integrityMain(QuantizedModel model) {
        CircuitLayout layout = CircuitLayout.of(model);
        List<String> lines = new ArrayList<>(header(model, "Model integrity circuit (ZKML-SPEC §4)"));
        lines.addAll(List.of("include \"ml/commitment.circom\";", "", "template ModelIntegrity() {", "    signal input archHash;"));
        lines.addAll(parameterDeclarations(layout));
        lines.addAll(List.of("    signal output modelCommitment;", ""));
        lines.addAll(commitment(layout));
        return footer(lines, "ModelIntegrity");
    }

    private static List<String> header(QuantizedModel model, String what) {
        QuantizationParams p = model.params();
        String layers = model.layers().stream().map(CircuitGenerator::describe).collect(Collectors.joining(", "));
        return List.of(
                "pragma circom 2.1.5;",
                "// " + what + ", generated for input " + json(model.inputShape()) + ", layers " + layers + ";",
                "// bIn = " + p.bIn() + ", bW = " + p.bW() + ", bB = " + p.bB() + ", fA = " + p.fA()
                        + ". Compile with circuits/scripts/compile-main.sh.");
    }

    private static String footer(List<String> lines, String template) {
        lines.addAll(List.of("}", "", "component main {public [archHash]} = " + template + "();", ""));
        return String.join("\n", lines);
    }

    private static List<String> parameterDeclarations(CircuitLayout layout) {
        return layout.parameters().stream().map(t -> "    signal input " + t.name() + "[" + t.size() + "];").toList();
    }

    /** modelCommitment from archHash and every parameter tensor, packed on its own (ZKML-SPEC §3). */
    private static List<String> commitment(CircuitLayout layout) {
        if (layout.parameters().isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one dense or conv2d layer (nothing to commit to)");
        }
        List<String> lines = new ArrayList<>();
        List<String> wiring = new ArrayList<>();
        int offset = 0;
        for (ParameterTensor t : layout.parameters()) {
            lines.add("    component pack_" + t.name() + " = PackSigned(" + t.size() + ", " + t.bits() + ");");
            lines.add("    pack_" + t.name() + ".in <== " + t.name() + ";");
            wiring.add("    for (var i = 0; i < " + t.packedLength() + "; i++) { commitment.params[" + offset
                    + " + i] <== pack_" + t.name() + ".out[i]; }");
            offset += t.packedLength();
        }
        lines.add("    component commitment = ModelCommitment(" + offset + ");");
        lines.add("    commitment.archHash <== archHash;");
        lines.addAll(wiring);
        lines.add("    modelCommitment <== commitment.out;");
        return lines;
    }

    /**
     * Appends the layer components; returns the array that holds the logits. A ReLU directly after a rescaling
     * layer (reshapes in between allowed) reuses that layer's proven sign bits.
     */
    private static String layerChain(QuantizedModel model, List<String> lines) {
        String current = "x";
        String currentSign = null;
        int param = 0;
        for (int index = 0; index < model.layers().size(); index++) {
            QuantizedLayer layer = model.layers().get(index);
            String name = "layer" + index;
            Shape in = layer.inputShape();
            lines.add("    // layer " + index + ": " + describe(layer) + ", " + json(in) + " -> " + json(layer.outputShape()));
            switch (layer) {
                case QDense d -> lines.add(component(name, "DenseLayer", in.size(), d.outputs(), d.weightFractionBits()));
                case QConv2d c -> lines.add(component(name, "Conv2dLayer", in.dim(0), in.dim(1), in.dim(2), c.outputChannels(),
                        c.window().kernelH(), c.window().kernelW(), c.window().strideH(), pad(c), c.weightFractionBits()));
                case QSquare s -> lines.add(component(name, "SquareLayer", in.size(), model.params().fA()));
                case QAveragePool a -> lines.add(component(name, "AvgPool2dLayer", in.dim(0), in.dim(1), in.dim(2), a.kernel()));
                case QRelu r -> {
                    if (currentSign != null) {
                        lines.add(component(name, "ReLUFromSignLayer", in.size()));
                        lines.add("    " + name + ".isNonNeg <== " + currentSign + ";");
                    } else {
                        lines.add(component(name, "ReLULayer", in.size()));
                    }
                }
                case QReshape r -> lines.add("    // (flat row-major arrays: nothing to do)");
            }
            if (layer instanceof QReshape) {
                continue;
            }
            lines.add("    " + name + ".in <== " + current + ";");
            if (layer instanceof QDense || layer instanceof QConv2d) {
                lines.add("    " + name + ".w <== w" + param + ";");
                lines.add("    " + name + ".b <== b" + param + ";");
                param++;
            }
            current = name + ".out";
            currentSign = layer instanceof QRelu ? null : name + ".isNonNeg"; // every other layer here rescales
        }
        return current;
    }

    private static int pad(QConv2d c) {
        Padding p = c.window().padding(); // QConv2d guarantees the same padding on all four sides
        return p.top();
    }

    private static String component(String name, String template, int... args) {
        String list = java.util.Arrays.stream(args).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        return "    component " + name + " = " + template + "(" + list + ");";
    }

    /** The layer as the reference generator names it in comments; a reshape to a vector is its "flatten". */
    static String describe(QuantizedLayer layer) {
        return switch (layer) {
            case QDense d -> "dense(" + d.outputs() + ", fW=" + d.weightFractionBits() + ")";
            case QConv2d c -> "conv2d(" + c.outputChannels() + ", " + c.window().kernelH() + "x" + c.window().kernelW()
                    + ", stride " + c.window().strideH() + ", pad " + pad(c) + ", fW=" + c.weightFractionBits() + ")";
            case QAveragePool a -> "avgpool(" + a.kernel() + ")";
            case QRelu r -> "relu";
            case QSquare s -> "square";
            case QReshape r -> r.outputShape().isVector() ? "flatten" : "reshape";
        };
    }

    /** A shape as JavaScript's JSON.stringify writes an array of numbers: {@code [1,28,28]}. */
    private static String json(Shape s) {
        return java.util.Arrays.stream(s.dims()).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
    }
}
