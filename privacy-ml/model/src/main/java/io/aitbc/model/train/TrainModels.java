package io.aitbc.model.train;

import io.aitbc.model.data.Dataset;
import io.aitbc.model.data.FashionMnist;
import io.aitbc.model.eval.Evaluation;
import io.aitbc.model.ir.Model;
import io.aitbc.model.onnx.OnnxExporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bin/train-models}: trains the zoo's models on Fashion-MNIST and writes them as ONNX.
 * Usage: {@code TrainModels [--full] [--only NAME]... [--shipped-dir DIR] [--full-dir DIR]}. The shipped
 * (small) models go to the module's resources, the full-size ones (only with {@code --full} or
 * {@code --only}) to {@code data/models}. Deterministic: the same command writes the same files.
 */
public final class TrainModels {

    private TrainModels() {
    }

    public static void main(String[] args) throws IOException {
        boolean full = false;
        Path shippedDir = Path.of("privacy-ml/model/src/main/resources" + ModelZoo.RESOURCE_DIR);
        Path fullDir = Path.of("data/models");
        List<String> only = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--full" -> full = true;
                case "--shipped-dir" -> shippedDir = Path.of(args[++i]);
                case "--full-dir" -> fullDir = Path.of(args[++i]);
                case "--only" -> only.add(args[++i]);
                default -> {
                    System.err.println("usage: train-models [--full] [--only NAME]... [--shipped-dir DIR] [--full-dir DIR]");
                    System.err.println("models: " + ModelZoo.ENTRIES.stream().map(ModelZoo.Entry::name).toList());
                    System.exit(2);
                }
            }
        }
        FashionMnist fm = FashionMnist.installed();
        Dataset train = fm.train(Integer.MAX_VALUE);
        Dataset test = fm.test(Integer.MAX_VALUE);
        for (ModelZoo.Entry e : ModelZoo.ENTRIES) {
            boolean wanted = only.isEmpty() ? (full || e.shipped()) : only.contains(e.name());
            if (!wanted) {
                continue;
            }
            long t0 = System.nanoTime();
            System.out.printf("%s: %s, %s%n", e.name(), e.description(), e.config());
            Model m = Trainer.train(e.architecture().get(), train, e.config(), (epoch, loss, model) ->
                    System.out.printf("  epoch %d  loss %.4f  test accuracy %.2f%%  (%.0f s)%n", epoch, loss,
                            100 * Evaluation.accuracy(model, test.head(2000)), (System.nanoTime() - t0) / 1e9));
            Path dir = e.shipped() ? shippedDir : fullDir;
            Files.createDirectories(dir);
            Path file = dir.resolve(e.fileName());
            OnnxExporter.write(m, e.name(), file);
            System.out.printf("  wrote %s (%d bytes, %d parameters)%n", file, Files.size(file), m.parameterCount());
        }
    }
}
