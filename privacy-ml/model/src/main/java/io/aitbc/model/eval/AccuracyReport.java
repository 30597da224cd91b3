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
import java.util.Arrays;
import java.util.List;

/**
 * {@code bin/model-accuracy}: the float vs quantized accuracy table of the zoo's models on the full
 * Fashion-MNIST test set, as Markdown. Models: the shipped ones, plus those in {@code data/models}
 * (from {@code bin/train-models --full}) when present. Quantization: {@link ModelZoo#QUANTIZATION} (the
 * spec's defaults).
 */
public final class AccuracyReport {

    private AccuracyReport() {
    }

    public static void main(String[] args) throws IOException {
        Path fullDir = Path.of(args.length > 0 ? args[0] : "data/models");
        Dataset test = FashionMnist.installed().test(Integer.MAX_VALUE);
        List<QuantizationParams> settings = List.of(ModelZoo.QUANTIZATION);
        System.out.println("| model | parameters | float accuracy | quantized | weights bW | fW per layer | quantized accuracy | loss (pp) | argmax agreement |");
        System.out.println("|---|---:|---:|---|---:|---|---:|---:|---:|");
        for (ModelZoo.Entry e : ModelZoo.ENTRIES) {
            Path file = fullDir.resolve(e.fileName());
            Model m;
            if (e.shipped()) {
                m = ModelZoo.shipped(e.name());
            } else if (Files.isRegularFile(file)) {
                m = OnnxImporter.read(file);
            } else {
                System.err.println("skipping " + e.name() + ": " + file + " not found (bin/train-models --full)");
                continue;
            }
            for (QuantizationParams p : settings) {
                var q = Quantizer.quantize(m, p);
                Evaluation ev = Evaluation.of(m, q, test);
                System.out.printf("| %s (%s) | %,d | %.2f%% | bIn=%d fA=%d bB=%d | %d | %s | %.2f%% | %+.2f | %.2f%% (%d/%d)%s |%n",
                        e.name(), e.description(), m.parameterCount(), 100 * ev.floatAccuracy(), p.bIn(), p.fA(), p.bB(), p.bW(),
                        Arrays.toString(q.weightFractionBits()), 100 * ev.quantizedAccuracy(),
                        100 * (ev.floatAccuracy() - ev.quantizedAccuracy()), 100 * ev.agreement(), ev.agree(), ev.images(),
                        ev.outOfRange() > 0 ? ", " + ev.outOfRange() + " out of range" : "");
            }
        }
    }
}
