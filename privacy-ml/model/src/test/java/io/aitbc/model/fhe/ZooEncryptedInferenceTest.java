package io.aitbc.model.fhe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.model.data.Dataset;
import io.aitbc.model.data.FashionMnist;
import io.aitbc.model.data.TestData;
import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.OutputHead;
import io.aitbc.model.onnx.OnnxImporter;
import io.aitbc.model.onnx.Ort;
import io.aitbc.model.train.ModelZoo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped Fashion-MNIST models compiled and run under encryption on real test images, the whole client
 * / server round trip with serialized keys and ciphertexts: the decrypted class must be onnxruntime's (the
 * independent reference on the original ONNX file) for exact models and the plaintext reference's for
 * approximated ones, with logits within the stated error. The benchmark (bin/bench-fhe-inference) does
 * the same on large slices.
 */
class ZooEncryptedInferenceTest {

    static final int CALIBRATION = 1000;

    static List<double[]> calibration(int n, int[] labels) {
        FashionMnist fm = FashionMnist.installed();
        if (!fm.isPresent()) TestData.fashionMnistTest(1); // skips (or fails under CI) with the standard message
        try {
            Dataset train = fm.train(n);
            List<double[]> x = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                x.add(train.image(i));
                if (labels != null) labels[i] = train.label(i);
            }
            return x;
        } catch (IOException e) {
            Assumptions.abort(e.getMessage());
            return null;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fmnist-linear,ckks-8192,3", "fmnist-mlp-square,ckks-8192-d3,3", "fmnist-cnn-square,ckks-16384,2",
                "fmnist-mlp-relu,ckks-16384,2"})
    void encryptedPredictionsMatchThePlaintextModel(String name, String expectedSet, int images) {
        byte[] onnx = ModelZoo.shippedOnnx(name);
        Model model = OnnxImporter.read(onnx);
        int[] labels = new int[CALIBRATION];
        List<double[]> cal = calibration(CALIBRATION, labels);
        CompiledFheModel compiled = FheCompiler.compile(model, FheCompileOptions.defaults().allowApproximations(true)
                .withCalibration(cal, labels).withVerificationSamples(0));
        FheProfile profile = FheProfile.fromJson(compiled.profile().toJson());
        assertEquals(expectedSet, profile.parameters().name());
        PrecisionReport p = profile.precision();
        if (name.contains("relu")) {
            assertTrue(p.approximatedAccuracy() >= p.originalAccuracy() - 0.005, "approximation keeps accuracy: " + p);
            assertTrue(profile.activations().getFirst().isApproximation());
        } else {
            assertEquals(1.0, p.approximationAgreement());
        }

        // client and server only share the profile, serialized keys and ciphertexts
        FheClient client = FheClient.forProfile(profile);
        FheKeySet keys = client.generateKeys();
        FheModelEvaluator server = FheModelEvaluator.create(FheCompiler.restore(model, profile), keys.evaluationKeysBytes(), 2);
        Dataset test = TestData.fashionMnistTest(images);
        double[][] x = new double[images][];
        for (int i = 0; i < images; i++) x[i] = test.image(i);
        double[][] ort = Ort.run(onnx, model.inputShape(), x);
        for (int i = 0; i < images; i++) {
            int[] progress = {0};
            byte[] result = server.evaluate(client.encryptToBytes(keys, x[i]), (done, total, layer) -> progress[0] = done);
            assertEquals(compiled.network().stages().size(), progress[0]);
            double[] logits = client.decryptLogits(keys, result);
            double[] reference = compiled.reference().logits(x[i]);
            for (int k = 0; k < logits.length; k++) {
                assertEquals(reference[k], logits[k], 1e-3, name + " image " + i + " logit " + k);
            }
            assertEquals(FloatInference.argmax(reference), FheClient.predictedClass(logits), name + " image " + i);
            if (!compiled.reference().isExact()) continue;
            assertEquals(FloatInference.argmax(ort[i]), FheClient.predictedClass(logits), name + " image " + i + " vs onnxruntime");
            if (model.head() == OutputHead.LOGITS) {
                for (int k = 0; k < logits.length; k++) assertEquals(ort[i][k], logits[k], 1e-3 * Math.max(1, Math.abs(ort[i][k])));
            }
        }
    }
}
