package io.aitbc.model.fhe;

import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Polynomial;
import io.aitbc.model.ir.Relu;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.ir.Square;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides how every activation is computed ({@link ActivationSpec}). Square runs exactly; the owner's
 * polynomials run exactly, normalized to the calibrated range; ReLU (only when the owner allows
 * approximations) becomes bound_c * q(x / bound_c), each channel's bound being its calibrated range times a
 * margin (one common bound when a neighbour is not a linear layer), q fitted on [-1, 1]. Degrees are tried by increasing depth (the highest degree of each depth:
 * 2 (one level once folded into its neighbours), 3, 7, 15); at each, a least-squares fit weighted by the
 * observed pre-activations and a Chebyshev interpolation are compared. The first degree whose approximated
 * model keeps the accuracy (labelled calibration data: at most {@code maxAccuracyDrop} below the original)
 * or the original's predictions (unlabelled: at least {@code minimumAgreement} of them) is chosen.
 */
final class ActivationPlanner {

    static final int[] RELU_DEGREES = {2, 3, 7, 15};
    private static final int MAX_FIT_SAMPLES = 100_000;

    /** The chosen specs and what the approximation keeps on the calibration data (null without approximations or data). */
    record Plan(List<ActivationSpec> specs, Double agreement, Double originalAccuracy, Double approximatedAccuracy) {}

    private ActivationPlanner() {}

    static Plan plan(Model model, List<Lowering.Item> items, FheCompileOptions options, int maxDepth) {
        List<double[]> samples = options.calibrationInputs();
        int[] labels = options.calibrationLabels();
        List<Lowering.Activation> acts = items.stream().filter(i -> i instanceof Lowering.Activation)
                .map(i -> (Lowering.Activation) i).toList();
        boolean hasRelu = acts.stream().anyMatch(a -> a.layer() instanceof Relu);
        if (hasRelu && !options.allowApproximateActivations()) {
            int index = acts.stream().filter(a -> a.layer() instanceof Relu).findFirst().orElseThrow().index();
            throw new FheCompilationException("layer " + index + " is a ReLU, which CKKS cannot compute exactly;"
                    + " the owner must allow approximate activations (or train with square activations)");
        }
        if (hasRelu && samples.isEmpty()) {
            throw new FheCompilationException("approximating ReLU needs calibration inputs (sample data) to find its range");
        }
        int linearDepth = (int) items.stream().filter(i -> i instanceof Lowering.Linear l && l.flat() != null).count();
        ReferenceModel original = new ReferenceModel(model, List.of());
        int[] originalPredictions = samples.stream().mapToInt(original::predict).toArray();
        Double originalAccuracy = labels.length == 0 ? null : accuracy(originalPredictions, labels);
        if (!hasRelu) {
            List<ActivationSpec> specs = acts.stream().map(a -> exactSpec(model, a, samples, options)).toList();
            requireDepth(items, specs, linearDepth, maxDepth, "");
            return new Plan(specs, samples.isEmpty() ? null : 1.0, originalAccuracy, originalAccuracy);
        }
        Plan best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int degree : RELU_DEGREES) {
            for (String method : new String[] {"least-squares", "chebyshev"}) {
                List<ActivationSpec> specs = new ArrayList<>();
                for (Lowering.Activation a : acts) {
                    int at = items.indexOf(a);
                    boolean perChannel = linearAt(items, at - 1) && linearAt(items, at + 1);
                    specs.add(a.layer() instanceof Relu ? reluSpec(model, a, samples, options, degree, method, perChannel)
                            : exactSpec(model, a, samples, options));
                }
                if (depth(items, specs) + linearDepth > maxDepth) {
                    if (best != null) break;
                    requireDepth(items, specs, linearDepth, maxDepth, " even with degree-" + degree + " ReLU approximations");
                }
                ReferenceModel approx = new ReferenceModel(model, specs);
                int[] predictions = samples.stream().mapToInt(approx::predict).toArray();
                int agree = 0;
                for (int i = 0; i < predictions.length; i++) if (predictions[i] == originalPredictions[i]) agree++;
                double agreement = agree / (double) predictions.length;
                Double acc = labels.length == 0 ? null : accuracy(predictions, labels);
                double score = acc != null ? acc : agreement;
                if (score > bestScore) {
                    bestScore = score;
                    best = new Plan(specs, agreement, originalAccuracy, acc);
                }
            }
            if (best != null && good(best, options)) return best;
        }
        throw new FheCompilationException(String.format("no ReLU approximation up to degree %d within the depth budget keeps the model: %s",
                RELU_DEGREES[RELU_DEGREES.length - 1], best == null ? "none fits"
                        : best.approximatedAccuracy() != null
                                ? String.format("accuracy %.2f%% vs %.2f%% (allowed drop %.2f points)", 100 * best.approximatedAccuracy(),
                                        100 * best.originalAccuracy(), 100 * options.maxAccuracyDrop())
                                : String.format("agreement %.2f%% < %.2f%%", 100 * best.agreement(), 100 * options.minimumAgreement())));
    }

    private static boolean good(Plan p, FheCompileOptions o) {
        return p.approximatedAccuracy() != null
                ? p.approximatedAccuracy() >= p.originalAccuracy() - o.maxAccuracyDrop()
                : p.agreement() >= o.minimumAgreement();
    }

    private static void requireDepth(List<Lowering.Item> items, List<ActivationSpec> specs, int linearDepth, int maxDepth, String detail) {
        int d = depth(items, specs) + linearDepth;
        if (d > maxDepth) {
            throw new FheCompilationException("the model needs " + d + " levels, more than the deepest parameter set (" + maxDepth + ")" + detail);
        }
    }

    private static double accuracy(int[] predictions, int[] labels) {
        int ok = 0;
        for (int i = 0; i < predictions.length; i++) if (predictions[i] == labels[i]) ok++;
        return ok / (double) predictions.length;
    }

    /** Levels used by the activations once degree-2 polynomials between two linear maps are folded into them. */
    static int depth(List<Lowering.Item> items, List<ActivationSpec> specs) {
        int d = 0, k = 0;
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Lowering.Activation)) continue;
            ActivationSpec s = specs.get(k++);
            boolean foldable = s.degree() == 2 && linearAt(items, i - 1) && linearAt(items, i + 1);
            d += foldable || s.isSquare() ? 1 : depthOf(s.degree());
        }
        return d;
    }

    static boolean linearAt(List<Lowering.Item> items, int i) {
        return i >= 0 && i < items.size() && items.get(i) instanceof Lowering.Linear l && l.flat() != null;
    }

    static int depthOf(int degree) {
        return 32 - Integer.numberOfLeadingZeros(degree);
    }

    private static ActivationSpec exactSpec(Model model, Lowering.Activation a, List<double[]> samples, FheCompileOptions options) {
        int channels = channels(a.layer().inputShape());
        return switch (a.layer()) {
            case Square s -> new ActivationSpec(a.index(), "square", "exact", filled(channels, 1), new double[] {0, 0, 1});
            case Polynomial p -> {
                double bound = 1;
                for (double[] x : samples) for (double v : FloatInference.trace(model, x).get(a.index())) bound = Math.max(bound, options.rangeMargin() * Math.abs(v));
                double[] c = p.coefficients();
                double[] q = new double[c.length];
                double scale = 1 / bound; // q_i = c_i * bound^(i-1): bound * q(x / bound) = p(x)
                for (int i = 0; i < c.length; i++) {
                    q[i] = c[i] * scale;
                    scale *= bound;
                }
                yield new ActivationSpec(a.index(), "polynomial", "exact", filled(channels, bound), q);
            }
            default -> throw new FheCompilationException("layer " + a.index() + " (" + a.layer().op() + ") has no exact CKKS form");
        };
    }

    private static ActivationSpec reluSpec(Model model, Lowering.Activation a, List<double[]> samples, FheCompileOptions options,
                                           int degree, String method, boolean perChannel) {
        Shape shape = a.layer().inputShape();
        int channels = channels(shape), size = shape.size(), per = size / channels;
        double[] bounds = new double[channels];
        List<double[]> values = new ArrayList<>();
        for (double[] x : samples) {
            double[] v = FloatInference.trace(model, x).get(a.index());
            values.add(v);
            for (int e = 0; e < size; e++) bounds[e / per] = Math.max(bounds[e / per], Math.abs(v[e]));
        }
        for (int c = 0; c < channels; c++) bounds[c] = bounds[c] > 0 ? options.rangeMargin() * bounds[c] : 1;
        if (!perChannel) Arrays.fill(bounds, Arrays.stream(bounds).max().orElse(1)); // no linear neighbour to fold a per-channel scale into
        double[] q;
        if (method.equals("chebyshev")) {
            q = PolynomialFit.chebyshevInterpolation(ActivationPlanner::relu, degree);
        } else {
            long total = (long) size * samples.size();
            double keep = Math.min(1, MAX_FIT_SAMPLES / (double) total);
            SplittableRandom random = new SplittableRandom(1); // deterministic subsample
            double[] u = new double[(int) Math.min(total, MAX_FIT_SAMPLES + 10_000L)];
            int n = 0;
            for (double[] v : values) {
                for (int e = 0; e < size && n < u.length; e++) if (keep >= 1 || random.nextDouble() < keep) u[n++] = v[e] / bounds[e / per];
            }
            q = PolynomialFit.weightedLeastSquares(ActivationPlanner::relu, degree, Arrays.copyOf(u, n), 0.1);
        }
        return new ActivationSpec(a.index(), "relu", method, bounds, q);
    }

    /** Elements of a vector, feature maps of an image. */
    static int channels(Shape s) {
        return s.isImage() ? s.dim(0) : s.size();
    }

    private static double relu(double u) {
        return Math.max(u, 0);
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
