package io.aitbc.model.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.model.data.Dataset;
import io.aitbc.model.data.TestData;
import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Polynomial;
import io.aitbc.model.eval.Evaluation;
import io.aitbc.model.train.ModelZoo;
import io.aitbc.model.train.Optimizer;
import io.aitbc.model.train.Trainer;
import io.aitbc.model.train.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReluApproximationTest {

    @Test
    void fitsAKnownPolynomialExactly() {
        // Least squares reproduces a polynomial target: fit y = 1 - 2t + 3t^2 on noisy-free points.
        double[] t = new double[50];
        double[] y = new double[50];
        double[] w = new double[50];
        for (int i = 0; i < t.length; i++) {
            t[i] = -1 + 2.0 * i / 49;
            y[i] = 1 - 2 * t[i] + 3 * t[i] * t[i];
            w[i] = 1;
        }
        double[] c = LeastSquares.fit(t, y, w, 2);
        assertEquals(1, c[0], 1e-9);
        assertEquals(-2, c[1], 1e-9);
        assertEquals(3, c[2], 1e-9);
    }

    @Test
    void fitAloneTracksTheReluModelAndFineTuningRecoversTheAccuracy() {
        Model m = ModelZoo.shipped("fmnist-mlp-relu");
        Dataset d = TestData.fashionMnistTest(3000);
        List<double[]> calibration = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            calibration.add(d.image(i));
        }
        ReluApproximation.Result fit4 = ReluApproximation.approximate(m, calibration, 4, 1.0);
        assertEquals(1, fit4.fits().size());
        assertInstanceOf(Polynomial.class, fit4.model().layers().get(fit4.fits().getFirst().layer()));
        Dataset heldOut = d.tail(2000);
        int agree = 0;
        for (int i = 0; i < heldOut.size(); i++) {
            if (FloatInference.predict(fit4.model(), heldOut.image(i)) == FloatInference.predict(m, heldOut.image(i))) {
                agree++;
            }
        }
        assertTrue(agree >= 850, "degree-4 fit alone agrees on " + agree + "/1000 held-out images; " + fit4.fits());

        // Degree 2 (one FHE multiplication) is coarse alone; a short fine-tuning with the polynomial in place recovers.
        ReluApproximation.Result fit2 = ReluApproximation.approximate(m, calibration, 2, 1.0);
        Model tuned = Trainer.fineTune(fit2.model(), d.head(2000), new TrainingConfig(1, 32, Optimizer.Adam.defaults(2e-4), 5), null);
        double relu = Evaluation.accuracy(m, heldOut);
        double before = Evaluation.accuracy(fit2.model(), heldOut);
        double after = Evaluation.accuracy(tuned, heldOut);
        assertTrue(after > before && after >= relu - 0.03, "ReLU " + relu + ", degree-2 fit " + before + ", fine-tuned " + after);
    }

    @Test
    void rejectsBadSettings() {
        Model m = ModelZoo.shipped("fmnist-mlp-relu");
        List<double[]> one = List.of(new double[784]);
        assertThrows(IllegalArgumentException.class, () -> ReluApproximation.approximate(m, one, 1, 1.2));
        assertThrows(IllegalArgumentException.class, () -> ReluApproximation.approximate(m, one, 2, 0.5));
        assertThrows(IllegalArgumentException.class, () -> ReluApproximation.approximate(m, List.of(), 2, 1.2));
    }
}
