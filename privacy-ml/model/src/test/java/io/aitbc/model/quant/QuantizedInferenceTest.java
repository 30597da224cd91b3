package io.aitbc.model.quant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.model.data.Dataset;
import io.aitbc.model.data.TestData;
import io.aitbc.model.ir.AveragePool;
import io.aitbc.model.ir.Conv2d;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.Flatten;
import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Padding;
import io.aitbc.model.ir.Polynomial;
import io.aitbc.model.ir.RealTensor;
import io.aitbc.model.ir.Relu;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.ir.Square;
import io.aitbc.model.ir.Window;
import io.aitbc.model.train.ModelZoo;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantizedInferenceTest {

    /** A random model with every quantizable layer kind, asymmetric padding and stride. */
    static Model randomModel(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Shape img = Shape.image(2, 9, 8);
        Conv2d conv = new Conv2d(img, random(rng, Shape.of(4, 2, 3, 3), 0.6), random(rng, Shape.vector(4), 0.5),
                Window.square(3, 2, 1));
        Shape c = conv.outputShape();
        Conv2d conv2 = new Conv2d(c, random(rng, Shape.of(2, 4, 2, 2), 0.5), random(rng, Shape.vector(2), 0.5),
                Window.square(2, 1, 1));
        Shape c2 = conv2.outputShape();
        AveragePool pool = new AveragePool(c2, Window.square(2, 2, 0));
        Shape p = pool.outputShape();
        return new Model(img, List.of(conv, new Relu(c), conv2, new Square(c2), pool, new Flatten(p),
                new Dense(random(rng, Shape.of(6, p.size()), 0.4), random(rng, Shape.vector(6), 0.3)), new Relu(Shape.vector(6)),
                new Dense(random(rng, Shape.of(3, 6), 1.7), random(rng, Shape.vector(3), 0.3))));
    }

    private static RealTensor random(SplittableRandom rng, Shape s, double scale) {
        double[] v = new double[s.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextDouble(-scale, scale);
        }
        return RealTensor.of(s, v);
    }

    @Test
    void matchesTheNaiveBigIntegerReferenceBitForBit() {
        for (long seed = 1; seed <= 20; seed++) {
            Model m = randomModel(seed);
            QuantizedModel q = Quantizer.quantize(m);
            SplittableRandom rng = new SplittableRandom(seed * 7);
            for (int t = 0; t < 5; t++) {
                double[] x = new double[m.inputShape().size()];
                for (int i = 0; i < x.length; i++) {
                    x[i] = rng.nextDouble(-2, 2);
                }
                long[] xq = QuantizedInference.quantizeInput(q, x);
                long[] ours = QuantizedInference.logits(q, xq);
                assertArrayEquals(NaiveQuantizedReference.logits(q, xq), ours, "seed " + seed);
                // and the fixed-point result tracks the float model
                double[] f = FloatInference.logits(m, x);
                for (int k = 0; k < f.length; k++) {
                    assertEquals(f[k], ours[k] / 256.0, 0.25 + 0.1 * Math.abs(f[k]), "seed " + seed + " logit " + k);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fmnist-linear", "fmnist-mlp-square", "fmnist-mlp-relu", "fmnist-cnn-square"})
    void quantizedArgmaxAgreesWithFloatOnFashionMnist(String name) {
        Model m = ModelZoo.shipped(name);
        QuantizedModel q = Quantizer.quantize(m, ModelZoo.QUANTIZATION);
        Dataset d = TestData.fashionMnistTest(1000);
        int agree = 0;
        for (int i = 0; i < d.size(); i++) {
            double[] x = d.image(i);
            if (QuantizedInference.predict(q, QuantizedInference.quantizeInput(q, x)) == FloatInference.predict(m, x)) {
                agree++;
            }
        }
        assertTrue(agree >= 0.99 * d.size(), name + ": quantized and float agree on " + agree + "/" + d.size());
    }

    @Test
    void inputsOutsideTheRangeAreRejected() {
        QuantizedModel q = Quantizer.quantize(ModelZoo.shipped("fmnist-mlp-relu"));
        double[] x = new double[784];
        x[5] = 128.0; // 128 * 2^8 = 2^15: outside 16 bits
        QuantizationRangeException e = assertThrows(QuantizationRangeException.class, () -> QuantizedInference.quantizeInput(q, x));
        assertTrue(e.getMessage().contains("input 5"), e.getMessage());
        long[] raw = new long[784];
        raw[0] = 1 << 15;
        assertThrows(QuantizationRangeException.class, () -> QuantizedInference.logits(q, raw));
        assertThrows(IllegalArgumentException.class, () -> QuantizedInference.logits(q, new long[783]));
    }

    @Test
    void activationOverflowIsAnErrorNotAWrapAround() {
        // Square of a large activation leaves the 32-bit range: the model cannot represent this input.
        Model m = new Model(Shape.vector(2), List.of(Dense.of(2, 2, new double[] {100, 0, 0, 100}, new double[] {0, 0}),
                new Square(Shape.vector(2)), Dense.of(2, 2, new double[] {1, 0, 0, 1}, new double[2])));
        QuantizedModel q = Quantizer.quantize(m);
        assertEquals(2, QuantizedInference.logits(q, QuantizedInference.quantizeInput(q, new double[] {0.3, -0.2})).length);
        QuantizationRangeException e = assertThrows(QuantizationRangeException.class,
                () -> QuantizedInference.logits(q, QuantizedInference.quantizeInput(q, new double[] {127, 0})));
        assertTrue(e.getMessage().contains("layer 1 (square)"), e.getMessage());
    }

    @Test
    void argmaxTiesGoToTheLowestIndex() {
        assertEquals(1, QuantizedInference.argmax(new long[] {-5, 7, 7, 2}));
        assertEquals(0, QuantizedInference.argmax(new long[] {0, 0}));
    }

    @Test
    void unquantizableLayersAreRejectedWithAReason() {
        Model poly = new Model(Shape.vector(2), List.of(Dense.of(2, 2, new double[4], new double[2]),
                new Polynomial(Shape.vector(2), new double[] {0, 1, 0.5})));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantizer.quantize(poly));
        assertTrue(e.getMessage().contains("polynomial"), e.getMessage());
        Shape img = Shape.image(1, 6, 6);
        Model pool3 = new Model(img, List.of(new AveragePool(img, Window.square(3, 3, 0)), new Flatten(Shape.image(1, 2, 2))));
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> Quantizer.quantize(pool3));
        assertTrue(p.getMessage().contains("power of two"), p.getMessage());
        Shape small = Shape.image(1, 5, 5);
        Model asym = new Model(small, List.of(new Conv2d(small, RealTensor.zeros(Shape.of(1, 1, 2, 2)), RealTensor.zeros(Shape.vector(1)),
                new Window(2, 2, 1, 1, new Padding(0, 0, 1, 1))), new Flatten(Shape.image(1, 5, 5))));
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class, () -> Quantizer.quantize(asym));
        assertTrue(a.getMessage().contains("same padding"), a.getMessage());
        Model big = new Model(Shape.vector(1), List.of(Dense.of(1, 1, new double[] {300}, new double[1])));
        assertThrows(QuantizationRangeException.class, () -> Quantizer.quantize(big));
    }
}
