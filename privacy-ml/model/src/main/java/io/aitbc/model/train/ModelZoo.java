package io.aitbc.model.train;

import io.aitbc.model.ir.Model;
import io.aitbc.model.onnx.OnnxImporter;
import io.aitbc.model.quant.QuantizationParams;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import io.aitbc.model.train.Architectures.Activation;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Fashion-MNIST models the project trains. The small ones ship inside this module (resources under
 * {@value #RESOURCE_DIR}); the full-size ones are benchmarks, written by {@code bin/train-models --full}.
 */
public final class ModelZoo {
    public static final String RESOURCE_DIR = "/io/aitbc/model/zoo/";

    /**
     * The fixed-point widths of the zoo's models: the spec's defaults. The zoo trains its last epochs
     * quantization-aware for these 8-bit weights (docs/BENCHMARKS.md: without that, the quantized argmax
     * agreed with the float model on only 98.9-99.2% of the Fashion-MNIST test images).
     */
    public static final QuantizationParams QUANTIZATION = QuantizationParams.DEFAULT;

    /** One trained model: its name (file {@code name.onnx}), architecture and training run. */
    public record Entry(String name, String description, Supplier<Model> architecture, TrainingConfig config, boolean shipped) {
        public String fileName() {
            return name + ".onnx";
        }
    }

    /** Adam with light weight decay; the last 2 epochs quantization-aware for 8-bit weights. */
    private static TrainingConfig adam(int epochs, double lr, long seed) {
        return new TrainingConfig(epochs, 64, Optimizer.Adam.defaults(lr).withWeightDecay(0.01), seed,
                new TrainingConfig.QuantizationAware(2, QUANTIZATION.bW()));
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry("fmnist-linear", "linear 784-10", Architectures::linear, adam(6, 1e-3, 1), true),
            new Entry("fmnist-mlp-square", "MLP 784-32-10, square activation",
                    () -> Architectures.mlp(Activation.SQUARE, 32), adam(10, 1e-3, 2), true),
            new Entry("fmnist-mlp-relu", "MLP 784-32-10, ReLU",
                    () -> Architectures.mlp(Activation.RELU, 32), adam(10, 1e-3, 3), true),
            new Entry("fmnist-cnn-square", "CNN conv5x5/2(8)-square-avgpool2-dense32-square-dense10",
                    () -> Architectures.cnn(Activation.SQUARE, 8, 32), adam(10, 1e-3, 4), true),
            new Entry("fmnist-mlp128-relu", "MLP 784-128-10, ReLU (about 100k parameters)",
                    () -> Architectures.mlp(Activation.RELU, 128), adam(10, 1e-3, 5), false),
            new Entry("fmnist-mlp128-square", "MLP 784-128-10, square activation (about 100k parameters)",
                    () -> Architectures.mlp(Activation.SQUARE, 128), adam(10, 5e-4, 6), false),
            new Entry("fmnist-mlp1m-square", "MLP 784-1024-256-10, square activation (about 1.07M parameters)",
                    () -> Architectures.mlp(Activation.SQUARE, 1024, 256), adam(4, 2e-4, 7), false));

    private ModelZoo() {
    }

    public static Optional<Entry> find(String name) {
        return ENTRIES.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The ONNX bytes of a shipped model (e.g. {@code "fmnist-mlp-square"}), from this module's resources. */
    public static byte[] shippedOnnx(String name) {
        Entry e = find(name).filter(Entry::shipped)
                .orElseThrow(() -> new IllegalArgumentException("no shipped model named " + name));
        try (InputStream in = ModelZoo.class.getResourceAsStream(RESOURCE_DIR + e.fileName())) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE_DIR + e.fileName() + " missing: run bin/train-models");
            }
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A shipped model, imported from its ONNX file. */
    public static Model shipped(String name) {
        return OnnxImporter.read(shippedOnnx(name));
    }
}
