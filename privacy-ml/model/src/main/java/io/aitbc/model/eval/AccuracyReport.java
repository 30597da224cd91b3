package io.aitbc.model.eval;

import io.aitbc.model.data.Dataset;
import io.aitbc.model.data.FashionMnist;
import io.aitbc.model.ir.Model;
import io.aitbc.model.onnx.OnnxImporter;
import io.aitbc.model.quant.QuantizationParams;
import io.aitbc.model.quant.Quantizer;
import io.aitbc.model.train.ModelZoo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bin/model-accuracy}: the float vs quantized accuracy table of the zoo's models on the full
 * Fashion-MNIST test set, as Markdown. Models: the shipped ones, plus those in {@code data/models}
 * (from {@code bin/train-models --full}) when present. Quantization: {@link ModelZoo#QUANTIZATION} (the
 * spec's defaults). With {@code --relu-approx}: the polynomial ReLU replacement table instead.
 */
public final class AccuracyReport {

    private AccuracyReport() {
    }

    /** A model of the zoo, loaded. */
    record Named(String name, String description, Model model) {
    }

    /** Usage: {@code AccuracyReport [--relu-approx] [DIR-of-full-size-models]}. */
    public static void main(String[] args) throws IOException {
        boolean reluApprox = args.length > 0 && args[0].equals("--relu-approx");
        int dirArg = reluApprox ? 1 : 0;
        List<Named> models = load(Path.of(args.length > dirArg ? args[dirArg] : "data/models"));
        if (reluApprox) {
            ReluApproximationReport.print(models);
        } else {
            printQuantized(models);
        }
    }

    private static List<Named> load(Path fullDir) throws IOException {
        List<Named> out = new ArrayList<>();
        for (ModelZoo.Entry e : ModelZoo.ENTRIES) {
            Path file = fullDir.resolve(e.fileName());
            if (e.shipped()) {
                out.add(new Named(e.name(), e.description(), ModelZoo.shipped(e.name())));
            } else if (Files.isRegularFile(file)) {
                out.add(new Named(e.name(), e.description(), OnnxImporter.read(file)));
            } else {
                System.err.println("skipping " + e.name() + ": " + file + " not found (bin/train-models --full)");
            }
        }
        return out;
    }

    private static void printQuantized(List<Named> models) throws IOException {
        Dataset test = FashionMnist.installed().test(Integer.MAX_VALUE);
        List<QuantizationParams> settings = List.of(ModelZoo.QUANTIZATION);
        System.out.println("| model | parameters | float accuracy | quantized | weights bW | fW per layer | quantized accuracy | loss (pp) | argmax agreement |");
        System.out.println("|---|---:|---:|---|---:|---|---:|---:|---:|");
        for (Named n : models) {
            Model m = n.model();
            for (QuantizationParams p : settings) {
                var q = Quantizer.quantize(m, p);
                Evaluation ev = Evaluation.of(m, q, test);
                System.out.printf("| %s (%s) | %,d | %.2f%% | bIn=%d fA=%d bB=%d | %d | %s | %.2f%% | %+.2f | %.2f%% (%d/%d)%s |%n",
                        n.name(), n.description(), m.parameterCount(), 100 * ev.floatAccuracy(), p.bIn(), p.fA(), p.bB(), p.bW(),
                        Arrays.toString(q.weightFractionBits()), 100 * ev.quantizedAccuracy(),
                        100 * (ev.floatAccuracy() - ev.quantizedAccuracy()), 100 * ev.agreement(), ev.agree(), ev.images(),
                        ev.outOfRange() > 0 ? ", " + ev.outOfRange() + " out of range" : "");
            }
        }
    }
}
