package io.aitbc.model.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.model.data.Dataset;
import io.aitbc.model.data.TestData;
import io.aitbc.model.eval.Evaluation;
import io.aitbc.model.ir.Model;
import io.aitbc.model.onnx.OnnxExporter;
import org.junit.jupiter.api.Test;

class TrainerTest {

    @Test
    void learnsFashionMnistSliceDeterministically() {
        Dataset all = TestData.fashionMnistTest(3000);
        Dataset train = all.head(2000);
        TrainingConfig cfg = new TrainingConfig(3, 32, Optimizer.Adam.defaults(2e-3), 42);
        Model a = Trainer.train(Architectures.mlp(Architectures.Activation.SQUARE, 16), train, cfg, null);
        Model b = Trainer.train(Architectures.mlp(Architectures.Activation.SQUARE, 16), train, cfg, null);
        assertArrayEquals(OnnxExporter.toBytes(a, "m"), OnnxExporter.toBytes(b, "m"), "same seed, same bits");
        // Held-out images (2000..2999): far above the 10% of guessing.
        Dataset heldOut = all.tail(2000);
        double acc = Evaluation.accuracy(a, heldOut);
        assertTrue(acc > 0.7, "held-out accuracy " + acc);
    }

    @Test
    void sgdWithMomentumAlsoLearns() {
        Dataset all = TestData.fashionMnistTest(3000);
        Model m = Trainer.train(Architectures.linear(), all.head(2000),
                new TrainingConfig(2, 32, new Optimizer.Sgd(0.1, 0.9), 1), null);
        double acc = Evaluation.accuracy(m, all.tail(2000));
        assertTrue(acc > 0.65, "held-out accuracy " + acc);
    }


    @Test
    void quantizationAwareFinishLeavesWeightsOnTheQuantizationGrid() {
        Dataset all = TestData.fashionMnistTest(1000);
        TrainingConfig cfg = new TrainingConfig(2, 32, Optimizer.Adam.defaults(2e-3), 3, new TrainingConfig.QuantizationAware(1, 6));
        Model m = Trainer.train(Architectures.mlp(Architectures.Activation.RELU, 8), all, cfg, null);
        for (var layer : m.layers()) {
            if (layer instanceof io.aitbc.model.ir.Dense d) {
                double[] w = d.weights().toArray();
                assertArrayEquals(w, io.aitbc.model.quant.Quantizer.snapWeights(w, 6), "weights already on the 6-bit grid");
                long distinct = java.util.Arrays.stream(w).distinct().count();
                assertTrue(distinct <= 63, "at most 2^6 - 1 levels, got " + distinct);
            }
        }
        assertTrue(Evaluation.accuracy(m, all) > 0.6);
    }
}
