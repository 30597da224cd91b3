package io.aitbc.model.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aitbc.model.ir.Flatten;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.OutputHead;
import io.aitbc.model.ir.Polynomial;
import io.aitbc.model.ir.Reshape;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.train.Architectures;
import io.aitbc.model.train.Architectures.Activation;
import io.aitbc.model.train.Optimizer;
import io.aitbc.model.train.Trainer;
import io.aitbc.model.train.TrainingConfig;
import io.aitbc.model.data.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exported files run in onnxruntime with the same results, and re-import to the same model. */
class OnnxExporterTest {

    @Test
    void everyArchitectureExportsAndMatchesOnnxruntime() {
        List<Model> models = List.of(Architectures.linear(), Architectures.mlp(Activation.SQUARE, 12),
                Architectures.mlp(Activation.RELU, 12, 6), Architectures.cnn(Activation.SQUARE, 3, 8),
                Architectures.cnn(Activation.RELU, 2, 5));
        var data = TestData.fashionMnistTest(64);
        for (Model arch : models) {
            // One quick epoch on a few images gives non-trivial weights.
            Model m = Trainer.train(arch, data, new TrainingConfig(1, 16, Optimizer.Adam.defaults(1e-2), 9), null);
            byte[] onnx = OnnxExporter.toBytes(m, "t");
            Model back = OnnxImporterTest.assertMatchesOrt(onnx, 4, 3);
            assertEquals(m.describe(), back.describe());
            assertEquals(m.parameterCount(), back.parameterCount());
            // Re-exporting the imported model gives the same bytes (weights already float32).
            assertEquals(java.util.HexFormat.of().formatHex(onnx), java.util.HexFormat.of().formatHex(OnnxExporter.toBytes(back, "t")));
        }
    }

    @Test
    void reshapeAndSoftmaxHeadsExport() {
        Model cnn = Architectures.cnn(Activation.RELU, 2, 5);
        List<io.aitbc.model.ir.Layer> layers = new ArrayList<>(cnn.layers());
        Shape pooled = layers.get(2).outputShape();
        layers.set(3, new Reshape(pooled, Shape.vector(pooled.size())));
        Model m = new Model(cnn.inputShape(), layers, OutputHead.SOFTMAX);
        Model trained = Trainer.train(m, TestData.fashionMnistTest(32), new TrainingConfig(1, 8, Optimizer.Adam.defaults(1e-2), 1), null);
        Model back = OnnxImporterTest.assertMatchesOrt(OnnxExporter.toBytes(trained, "t"), 3, 4);
        assertEquals(OutputHead.SOFTMAX, back.head());
        assertEquals(Reshape.class, back.layers().get(3).getClass());
        Model logSoft = OnnxImporterTest.assertMatchesOrt(OnnxExporter.toBytes(trained.withHead(OutputHead.LOG_SOFTMAX), "t"), 3, 5);
        assertEquals(OutputHead.LOG_SOFTMAX, logSoft.head());
    }

    @Test
    void polynomialActivationsHaveNoOnnxForm() {
        Model m = Architectures.mlp(Activation.RELU, 4);
        Model poly = m.withLayer(2, new Polynomial(Shape.vector(4), new double[] {0, 0.5, 0.25}));
        assertThrows(IllegalArgumentException.class, () -> OnnxExporter.toBytes(poly, "p"));
        assertEquals(Flatten.class, poly.layers().getFirst().getClass());
    }
}
