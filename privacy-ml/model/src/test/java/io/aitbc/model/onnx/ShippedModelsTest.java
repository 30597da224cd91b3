package io.aitbc.model.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.model.data.Dataset;
import io.aitbc.model.data.TestData;
import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Model;
import io.aitbc.model.train.ModelZoo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The trained models shipped in resources: real Fashion-MNIST accuracy, and onnxruntime agrees on them. */
class ShippedModelsTest {
    static final int N = 300;

    @ParameterizedTest
    @ValueSource(strings = {"fmnist-linear", "fmnist-mlp-square", "fmnist-mlp-relu", "fmnist-cnn-square"})
    void matchesOnnxruntimeAndClassifiesFashionMnist(String name) {
        byte[] onnx = ModelZoo.shippedOnnx(name);
        Model model = OnnxImporter.read(onnx);
        Dataset data = TestData.fashionMnistTest(N);
        double[][] x = new double[N][];
        for (int i = 0; i < N; i++) {
            x[i] = data.image(i);
        }
        double[][] ort = Ort.run(onnx, model.inputShape(), x);
        int correct = 0;
        for (int i = 0; i < N; i++) {
            double[] ours = FloatInference.run(model, x[i]);
            for (int k = 0; k < ours.length; k++) {
                assertEquals(ort[i][k], ours[k], 1e-4 * Math.max(1, Math.abs(ort[i][k])), name + " image " + i);
            }
            assertEquals(FloatInference.argmax(ort[i]), FloatInference.argmax(ours), name + " image " + i);
            if (FloatInference.argmax(ours) == data.label(i)) {
                correct++;
            }
        }
        assertTrue(correct >= 0.8 * N, name + ": " + correct + "/" + N + " correct");
    }
}
