package io.aitbc.model.fhe;

import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.nn.EncryptedNetwork;
import io.aitbc.fhe.nn.LinearStage;
import io.aitbc.fhe.nn.PackedLinear;
import io.aitbc.fhe.nn.PolynomialStage;
import io.aitbc.fhe.nn.SlotLayout;
import io.aitbc.fhe.nn.Stage;
import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Model;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Compiles a model (IR) for CKKS inference: linear runs fused into one packed linear stage each
 * (first layer packed by the client: overlapping windows for dense, im2col for a convolution; later layers
 * by partial sums + fold or by direct diagonals, whichever {@link io.aitbc.fhe.nn.CostModel} finds
 * cheaper), activations as slot-wise polynomials ({@link ActivationPlanner}), ranges normalized into the
 * neighbouring linear maps, degree-2 activations folded down to one square. The parameter set is the
 * cheapest of {@link ParameterSpec#CATALOG} deep enough (or the one asked for), with room for the
 * calibrated logits at the last level.
 */
public final class FheCompiler {

    private FheCompiler() {}

    public static CompiledFheModel compile(Model model, FheCompileOptions options) {
        Objects.requireNonNull(model, "model");
        List<double[]> samples = options.calibrationInputs();
        for (double[] x : samples) {
            if (x.length != model.inputShape().size()) {
                throw new FheInputException.WrongInputShape("calibration input of " + x.length + " values, the model reads "
                        + model.inputShape().size() + " " + model.inputShape());
            }
        }
        List<Lowering.Item> items = Lowering.lower(model);
        int maxDepth = options.parameterSet() != null ? ParameterSpec.named(options.parameterSet()).maxLevel()
                : ParameterSpec.CATALOG.stream().mapToInt(n -> ParameterSpec.named(n).maxLevel()).max().orElseThrow();
        ActivationPlanner.Plan plan = ActivationPlanner.plan(model, items, options, maxDepth);
        ReferenceModel effective = new ReferenceModel(model, plan.specs());
        Double maxAbsLogit = null;
        if (!samples.isEmpty()) {
            double m = 0;
            for (double[] x : samples) for (double v : effective.logits(x)) m = Math.max(m, Math.abs(v));
            maxAbsLogit = m;
        }
        Packed packed = pack(model, items, plan.specs(), options.parameterSet(), maxAbsLogit);
        PrecisionReport precision = new PrecisionReport(samples.size(), plan.agreement(), plan.originalAccuracy(),
                plan.approximatedAccuracy(), maxAbsLogit, 0, null, null);
        CompiledFheModel compiled = assemble(model, effective, plan.specs(), packed, precision);
        selfCheck(compiled, samples);
        if (options.verificationSamples() > 0) compiled = CompileTimeVerification.run(compiled, samples, options.verificationSamples());
        return compiled;
    }

    /**
     * Rebuilds the compiled model from a stored profile (same parameters, same activations), deterministically;
     * fails if the profile was made for another model or no longer matches what the compiler produces.
     */
    public static CompiledFheModel restore(Model model, FheProfile profile) {
        String digest = ModelDigest.of(model);
        if (!digest.equals(profile.modelDigest())) {
            throw new FheCompilationException("the profile was compiled for model " + profile.modelDigest().substring(0, 16)
                    + ", not for this one (" + digest.substring(0, 16) + ")");
        }
        List<Lowering.Item> items = Lowering.lower(model);
        Packed packed = pack(model, items, profile.activations(), profile.parameters().name(), null);
        CompiledFheModel rebuilt = assemble(model, new ReferenceModel(model, profile.activations()), profile.activations(), packed,
                profile.precision());
        FheProfile p = rebuilt.profile();
        if (!p.parameters().equals(profile.parameters()) || !p.inputPacking().equals(profile.inputPacking())
                || p.inputLevel() != profile.inputLevel() || !Arrays.equals(p.rotationSteps(), profile.rotationSteps())
                || p.outputPeriod() != profile.outputPeriod() || p.depth() != profile.depth()) {
            throw new FheCompilationException("the stored profile no longer matches this compiler's packing of the model; recompile it");
        }
        return new CompiledFheModel(profile, rebuilt.parameters(), rebuilt.network(), model, rebuilt.reference());
    }

    /** The packed stages and what the client needs to feed them. */
    private record Packed(ParameterSpec parameters, CkksParameters ckks, EncryptedNetwork network, InputPacking input) {}

    private static Packed pack(Model model, List<Lowering.Item> items, List<ActivationSpec> specs, String forcedSet, Double maxAbsLogit) {
        List<Object> seq = normalize(items, specs);
        int depth = 0;
        int widest = 0;
        for (Object o : seq) {
            if (o instanceof Affine a) {
                depth++;
                widest = Math.max(widest, Math.max(a.inputs(), a.outputs()));
            } else {
                depth += ((StagePolynomial) o).depth();
            }
        }
        ParameterSpec spec = chooseParameters(depth, widest, forcedSet, maxAbsLogit);
        CkksParameters ckks = ParameterSpec.named(spec.name());
        int slots = ckks.slots();
        List<Stage> stages = new ArrayList<>();
        InputPacking input = null;
        SlotLayout layout = null;
        boolean im2col = !items.isEmpty() && items.getFirst() instanceof Lowering.Linear l && l.leadingConv() != null;
        try {
            for (Object o : seq) {
                Stage stage;
                if (o instanceof Affine a) {
                    if (layout == null && im2col) {
                        InputPacking.Im2col p = InputPacking.Im2col.of(((Lowering.Linear) items.getFirst()).leadingConv().inputShape(),
                                ((Lowering.Linear) items.getFirst()).leadingConv().window(), slots);
                        input = p;
                        stage = PackedLinear.best(a.w(), a.bias(), p.layout());
                    } else if (layout == null) {
                        stage = PackedLinear.firstLayer(a.w(), a.bias(), slots);
                        input = packingOf(stage.inputLayout());
                    } else {
                        stage = PackedLinear.best(a.w(), a.bias(), layout);
                    }
                } else {
                    if (layout == null) {
                        input = new InputPacking.Periodic(model.inputShape().size(), slots, slots);
                        layout = input.layout();
                    }
                    StagePolynomial p = (StagePolynomial) o;
                    stage = p.square() ? PolynomialStage.square(layout) : new PolynomialStage(layout, p.coefficients());
                }
                stages.add(stage);
                layout = stage.outputLayout();
            }
        } catch (IllegalArgumentException e) {
            throw new FheCompilationException("cannot pack the model into " + slots + " slots: " + e.getMessage());
        }
        if (stages.isEmpty()) throw new FheCompilationException("the model computes nothing (only shape changes)");
        return new Packed(spec, ckks, new EncryptedNetwork(stages), input);
    }

    /** A polynomial stage's coefficients in the variable it sees, or the plain square. */
    private record StagePolynomial(double[] coefficients, boolean square) {
        int depth() { return square ? 1 : ActivationPlanner.depthOf(coefficients.length - 1); }
    }

    /**
     * The sequence of affine maps and stage polynomials. An activation f(x) = B_c q(x / B_c) between two
     * affine maps becomes q alone: 1/B_c scales the rows before it, B_c the columns after it. A degree-2 q
     * (a u^2 + b u + c) there becomes sign(a) z^2 + const with z = sqrt|a| (u + b / 2a): the square is the
     * only encrypted product, everything else folds into the neighbours. Without a linear neighbour the
     * polynomial runs in x (one common bound).
     */
    private static List<Object> normalize(List<Lowering.Item> items, List<ActivationSpec> specs) {
        List<Object> seq = new ArrayList<>();
        for (Lowering.Item it : items) {
            if (it instanceof Lowering.Linear l) {
                Affine a = l.leadingConv() != null && seq.isEmpty() ? l.im2col() : l.flat();
                if (a != null) seq.add(a);
            } else {
                seq.add(it);
            }
        }
        int k = 0;
        for (int i = 0; i < seq.size(); i++) {
            if (!(seq.get(i) instanceof Lowering.Activation)) continue;
            ActivationSpec s = specs.get(k++);
            boolean before = i > 0 && seq.get(i - 1) instanceof Affine;
            boolean after = i + 1 < seq.size() && seq.get(i + 1) instanceof Affine;
            if (!(before && after)) {
                double[] c = trim(s.coefficientsInX());
                seq.set(i, new StagePolynomial(c, Arrays.equals(c, SQUARE)));
                continue;
            }
            Affine prev = (Affine) seq.get(i - 1);
            Affine next = (Affine) seq.get(i + 1);
            int width = prev.outputs();
            double[] bound = new double[width], inverse = new double[width];
            for (int e = 0; e < width; e++) {
                bound[e] = s.boundOf(e, width);
                inverse[e] = 1 / bound[e];
            }
            prev = prev.thenScale(inverse, new double[width]);
            double[] q = trim(s.coefficients());
            double[] outFactor = bound, outShift = new double[width];
            if (q.length == 3 && !Arrays.equals(q, SQUARE)) {
                double a = q[2], b = q[1], c = q[0], root = Math.sqrt(Math.abs(a));
                prev = prev.thenScale(filled(width, root), filled(width, root * b / (2 * a)));
                for (int e = 0; e < width; e++) {
                    outFactor[e] = Math.signum(a) * bound[e];
                    outShift[e] = (c - b * b / (4 * a)) * bound[e];
                }
                q = SQUARE;
            }
            seq.set(i - 1, prev);
            seq.set(i + 1, Affine.diagonal(outFactor, outShift).then(next));
            seq.set(i, new StagePolynomial(q, Arrays.equals(q, SQUARE)));
        }
        return seq;
    }

    private static final double[] SQUARE = {0, 0, 1};

    private static double[] trim(double[] c) {
        int d = c.length - 1;
        while (d > 0 && c[d] == 0) d--;
        return Arrays.copyOf(c, d + 1);
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    private static ParameterSpec chooseParameters(int depth, int widest, String forced, Double maxAbsLogit) {
        List<String> names = forced != null ? List.of(forced) : ParameterSpec.CATALOG;
        StringBuilder why = new StringBuilder();
        for (String name : names) {
            CkksParameters p = ParameterSpec.named(name);
            int headroomBits = 63 - Long.numberOfLeadingZeros(p.rlwe().q()[0]) - (int) Math.ceil(p.logDefaultScale()) - 1;
            if (p.maxLevel() < depth) {
                why.append(name).append(": depth ").append(p.maxLevel()).append(" < ").append(depth).append("; ");
            } else if (p.slots() < widest) {
                why.append(name).append(": ").append(p.slots()).append(" slots < ").append(widest).append("; ");
            } else if (maxAbsLogit != null && maxAbsLogit * 4 >= Math.pow(2, headroomBits)) {
                why.append(name).append(": logits up to ").append(String.format("%.1f", maxAbsLogit))
                        .append(" leave no headroom below 2^").append(headroomBits).append("; ");
            } else {
                return ParameterSpec.of(name, p);
            }
        }
        throw new FheCompilationException("no parameter set fits the model (" + why.toString().trim() + ")");
    }

    private static InputPacking packingOf(SlotLayout layout) {
        return switch (layout.form()) {
            case SlotLayout.Form.Windows w -> new InputPacking.Windows(layout.length(), w.block(), w.shift(), layout.slots());
            case SlotLayout.Form.Periodic p -> new InputPacking.Periodic(layout.length(), p.period(), layout.slots());
            case SlotLayout.Form.Explicit e -> throw new IllegalStateException("first layer with an explicit layout");
        };
    }

    private static CompiledFheModel assemble(Model model, ReferenceModel effective, List<ActivationSpec> specs, Packed packed, PrecisionReport precision) {
        EncryptedNetwork net = packed.network();
        SlotLayout out = net.outputLayout();
        if (!(out.form() instanceof SlotLayout.Form.Periodic periodic) || out.length() != model.classes()) {
            throw new IllegalStateException("the network's output " + out + " is not a periodic vector of " + model.classes() + " logits");
        }
        List<String> layers = net.stages().stream().map(Stage::describe).toList();
        FheProfile profile = new FheProfile(FheProfile.FORMAT, ModelDigest.of(model), "CKKS", packed.parameters(),
                model.inputShape().dims(), packed.input(), net.depth(), model.classes(), periodic.period(), net.rotationSteps(),
                net.needsRelinearization(), net.depth(), layers, specs, precision);
        return new CompiledFheModel(profile, packed.ckks(), net, model, effective);
    }

    /**
     * The packing must compute exactly the effective model: the plaintext slot simulation of the network
     * is compared with float inference on a few inputs (a compiler bug fails here, before any encryption).
     */
    private static void selfCheck(CompiledFheModel c, List<double[]> samples) {
        List<double[]> inputs = new ArrayList<>(samples.subList(0, Math.min(3, samples.size())));
        SplittableRandom random = new SplittableRandom(3);
        while (inputs.size() < 2) {
            double[] x = new double[c.model().inputShape().size()];
            for (int i = 0; i < x.length; i++) x[i] = random.nextDouble();
            inputs.add(x);
        }
        for (double[] x : inputs) {
            double[] expected = c.reference().logits(x);
            double[] actual = c.network().outputLayout().decode(c.network().evaluatePlain(c.profile().inputPacking().encode(x)));
            double scale = 1;
            for (double v : expected) scale = Math.max(scale, Math.abs(v));
            for (int i = 0; i < expected.length; i++) {
                if (Math.abs(expected[i] - actual[i]) > 1e-6 * scale) {
                    throw new IllegalStateException("packed network disagrees with the model on logit " + i + ": " + actual[i] + " vs " + expected[i]);
                }
            }
        }
    }
}
