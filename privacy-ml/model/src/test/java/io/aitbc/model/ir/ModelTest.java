package io.aitbc.model.ir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void shapesMustChain() {
        Dense d = Dense.of(4, 3, new double[12], new double[3]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Model(Shape.vector(5), List.of(d)));
        assertTrue(e.getMessage().contains("layer 0 (dense) expects input [4] but receives [5]"), e.getMessage());
        IllegalArgumentException img = assertThrows(IllegalArgumentException.class,
                () -> new Model(Shape.image(1, 2, 2), List.of(Dense.of(4, 3, new double[12], new double[3]))));
        assertTrue(img.getMessage().contains("receives [1, 2, 2]"), img.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Model(Shape.image(1, 2, 2), List.of(new Relu(Shape.image(1, 2, 2)))),
                "the output must be a vector of logits");
    }

    @Test
    void layersCheckTheirParameters() {
        assertThrows(IllegalArgumentException.class, () -> Dense.of(4, 3, new double[11], new double[3]));
        assertThrows(IllegalArgumentException.class, () -> Dense.of(4, 3, new double[12], new double[4]));
        assertThrows(IllegalArgumentException.class, () -> Dense.of(1, 1, new double[] {Double.NaN}, new double[1]));
        assertThrows(IllegalArgumentException.class, () -> new Conv2d(Shape.image(2, 5, 5),
                RealTensor.zeros(Shape.of(3, 1, 3, 3)), RealTensor.zeros(Shape.vector(3)), Window.square(3, 1, 0)));
        assertThrows(IllegalArgumentException.class, () -> new Conv2d(Shape.image(1, 2, 2),
                RealTensor.zeros(Shape.of(3, 1, 3, 3)), RealTensor.zeros(Shape.vector(3)), Window.square(3, 1, 0)));
        assertThrows(IllegalArgumentException.class, () -> new AveragePool(Shape.image(1, 4, 4), Window.square(2, 2, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Reshape(Shape.vector(6), Shape.of(2, 2)));
        assertThrows(IllegalArgumentException.class, () -> Shape.of(3, 0));
        assertThrows(IllegalArgumentException.class, () -> new Polynomial(Shape.vector(2), new double[] {1}));
    }

    @Test
    void convolutionAndPoolingByHand() {
        // 1x3x3 input 1..9, 2x2 kernel of ones, stride 1, padding 1 on the bottom and right only.
        Conv2d conv = new Conv2d(Shape.image(1, 3, 3), RealTensor.of(Shape.of(1, 1, 2, 2), 1, 1, 1, 1),
                RealTensor.of(Shape.vector(1), 0.5), new Window(2, 2, 2, 2, new Padding(0, 0, 1, 1)));
        assertEquals(Shape.image(1, 2, 2), conv.outputShape());
        double[] y = FloatInference.apply(conv, new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        // windows: [1,2,4,5]=12, [3,0,6,0]=9, [7,8,0,0]=15, [9,0,0,0]=9; plus bias 0.5
        assertArrayEquals(new double[] {12.5, 9.5, 15.5, 9.5}, y);
        AveragePool pool = new AveragePool(Shape.image(1, 2, 2), Window.square(2, 2, 0));
        assertArrayEquals(new double[] {(12.5 + 9.5 + 15.5 + 9.5) / 4}, FloatInference.apply(pool, y));
    }

    @Test
    void batchNormFoldingIsAnAffineMapPerChannel() {
        Dense d = Dense.of(2, 2, new double[] {1, 2, 3, 4}, new double[] {1, -1});
        Dense folded = d.withChannelAffine(new double[] {2, 0.5}, new double[] {1, 0});
        double[] x = {0.3, -0.7};
        double[] before = FloatInference.apply(d, x);
        double[] after = FloatInference.apply(folded, x);
        assertEquals(2 * before[0] + 1, after[0], 1e-12);
        assertEquals(0.5 * before[1], after[1], 1e-12);
    }

    @Test
    void argmaxPrefersTheLowestIndexOnTiesAndSoftmaxSumsToOne() {
        assertEquals(1, FloatInference.argmax(new double[] {0, 3, 3, 1}));
        double[] p = FloatInference.softmax(new double[] {1000, 1000, 0});
        assertEquals(0.5, p[0], 1e-12);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
    }

    @Test
    void calibrationRecordsTheRangeBeforeEachLayer() {
        Model m = new Model(Shape.vector(2), List.of(Dense.of(2, 1, new double[] {1, -2}, new double[] {0.5}),
                new Relu(Shape.vector(1)), Dense.of(1, 1, new double[] {3}, new double[] {0})));
        ActivationRanges r = ActivationRanges.calibrate(m, List.of(new double[] {1, 1}, new double[] {2, -1}));
        assertEquals(2, r.samples());
        assertEquals(-0.5, r.min(1), 1e-12); // 1 - 2 + 0.5
        assertEquals(4.5, r.max(1), 1e-12);  // 2 + 2 + 0.5
        assertEquals(4.5, r.bound(1), 1e-12);
        assertEquals(0, r.min(2), 1e-12);
        assertEquals(13.5, r.max(3), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ActivationRanges.calibrate(m, List.of()));
    }
}
