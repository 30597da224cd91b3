package io.aitbc.model.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aitbc.model.ir.AveragePool;
import io.aitbc.model.ir.Conv2d;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.Flatten;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Polynomial;
import io.aitbc.model.ir.RealTensor;
import io.aitbc.model.ir.Relu;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.ir.Square;
import io.aitbc.model.ir.Window;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Analytic gradients against central finite differences of the loss, for every layer kind. */
class BackpropTest {

    @Test
    void gradientsMatchFiniteDifferences() {
        Shape img = Shape.image(2, 6, 6);
        Conv2d conv = new Conv2d(img, RealTensor.zeros(Shape.of(3, 2, 3, 3)), RealTensor.zeros(Shape.vector(3)),
                new Window(3, 3, 1, 1, new io.aitbc.model.ir.Padding(1, 0, 1, 2)));
        Shape c = conv.outputShape();
        AveragePool pool = new AveragePool(c, Window.square(2, 2, 0));
        Shape p = pool.outputShape();
        Model m = new Model(img, List.of(conv, new Square(c), pool, new Flatten(p),
                Dense.of(p.size(), 5, new double[p.size() * 5], new double[5]), new Relu(Shape.vector(5)),
                new Polynomial(Shape.vector(5), new double[] {0.1, 0.5, 0.2}), Dense.of(5, 4, new double[20], new double[4])));
        SplittableRandom rng = new SplittableRandom(3);
        Parameters params = Parameters.of(m);
        for (double[] a : params.arrays()) {
            for (int j = 0; j < a.length; j++) {
                a[j] = rng.nextDouble(-0.5, 0.5);
            }
        }
        double[] x = new double[img.size()];
        for (int j = 0; j < x.length; j++) {
            x[j] = rng.nextDouble(-1, 1);
        }
        Backprop net = new Backprop(m);
        Parameters grad = params.zerosLike();
        net.accumulate(params, grad, x, 2);
        List<double[]> ps = params.arrays();
        List<double[]> gs = grad.arrays();
        double h = 1e-6;
        for (int a = 0; a < ps.size(); a++) {
            for (int j = 0; j < ps.get(a).length; j++) {
                double keep = ps.get(a)[j];
                ps.get(a)[j] = keep + h;
                double up = net.accumulate(params, params.zerosLike(), x, 2);
                ps.get(a)[j] = keep - h;
                double down = net.accumulate(params, params.zerosLike(), x, 2);
                ps.get(a)[j] = keep;
                double numeric = (up - down) / (2 * h);
                assertEquals(numeric, gs.get(a)[j], 1e-6 + 1e-4 * Math.abs(numeric), "parameter array " + a + " index " + j);
            }
        }
    }
}
