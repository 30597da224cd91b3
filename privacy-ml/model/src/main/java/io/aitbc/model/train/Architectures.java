package io.aitbc.model.train;

import io.aitbc.model.ir.AveragePool;
import io.aitbc.model.ir.Conv2d;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.Flatten;
import io.aitbc.model.ir.Layer;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.RealTensor;
import io.aitbc.model.ir.Relu;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.ir.Square;
import io.aitbc.model.ir.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The model shapes trained by the project (parameters zero; {@link Trainer} initializes them).
 * Inputs are images {@code [1, 28, 28]} as in Fashion-MNIST.
 */
public final class Architectures {
    public static final Shape IMAGE = Shape.image(1, 28, 28);
    private static final int CLASSES = 10;

    /** The activation between hidden layers. */
    public enum Activation {
        RELU(Relu::new), SQUARE(Square::new);

        private final Function<Shape, Layer> factory;

        Activation(Function<Shape, Layer> factory) {
            this.factory = factory;
        }

        Layer on(Shape shape) {
            return factory.apply(shape);
        }
    }

    private Architectures() {
    }

    /** Multinomial logistic regression: Flatten, Dense(784, 10). */
    public static Model linear() {
        return mlp(Activation.RELU);
    }

    /** Flatten, then Dense layers of the given widths with {@code activation} between them, then Dense(., 10). */
    public static Model mlp(Activation activation, int... hidden) {
        List<Layer> layers = new ArrayList<>();
        layers.add(new Flatten(IMAGE));
        int in = IMAGE.size();
        for (int h : hidden) {
            layers.add(dense(in, h));
            layers.add(activation.on(Shape.vector(h)));
            in = h;
        }
        layers.add(dense(in, CLASSES));
        return new Model(IMAGE, layers);
    }

    /**
     * A CryptoNets-style CNN: Conv(1 -> channels, 5x5, stride 2, pad 2), activation, AveragePool 2x2,
     * Flatten, Dense(channels*49 -> hidden), activation, Dense(hidden -> 10).
     */
    public static Model cnn(Activation activation, int channels, int hidden) {
        Conv2d conv = new Conv2d(IMAGE, RealTensor.zeros(Shape.of(channels, 1, 5, 5)), RealTensor.zeros(Shape.vector(channels)),
                Window.square(5, 2, 2));
        Shape c = conv.outputShape();
        AveragePool pool = new AveragePool(c, Window.square(2, 2, 0));
        Shape p = pool.outputShape();
        return new Model(IMAGE, List.of(conv, activation.on(c), pool, new Flatten(p), dense(p.size(), hidden),
                activation.on(Shape.vector(hidden)), dense(hidden, CLASSES)));
    }

    private static Dense dense(int in, int out) {
        return Dense.of(in, out, new double[in * out], new double[out]);
    }
}
