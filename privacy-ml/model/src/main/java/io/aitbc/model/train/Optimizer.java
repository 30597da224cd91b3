package io.aitbc.model.train;

/** How parameters are updated from a mini-batch's mean gradient. */
public sealed interface Optimizer permits Optimizer.Sgd, Optimizer.Adam {

    /** Plain SGD with momentum ({@code momentum = 0} for none), as torch.optim.SGD. */
    record Sgd(double learningRate, double momentum) implements Optimizer {
        public Sgd {
            if (!(learningRate > 0) || momentum < 0 || momentum >= 1) {
                throw new IllegalArgumentException("SGD needs learningRate > 0 and 0 <= momentum < 1");
            }
        }
    }

    /** Adam (Kingma and Ba) with bias correction, as torch.optim.Adam. */
    record Adam(double learningRate, double beta1, double beta2, double epsilon) implements Optimizer {
        public Adam {
            if (!(learningRate > 0) || beta1 < 0 || beta1 >= 1 || beta2 < 0 || beta2 >= 1 || !(epsilon > 0)) {
                throw new IllegalArgumentException("invalid Adam settings");
            }
        }

        public static Adam defaults(double learningRate) {
            return new Adam(learningRate, 0.9, 0.999, 1e-8);
        }
    }
}
