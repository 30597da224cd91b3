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

    /**
     * Adam (Kingma and Ba) with bias correction and decoupled weight decay, as torch.optim.AdamW
     * ({@code weightDecay = 0}: plain Adam). Weight decay keeps weights small and free of outliers, which
     * makes per-layer 8-bit quantization finer.
     */
    record Adam(double learningRate, double beta1, double beta2, double epsilon, double weightDecay) implements Optimizer {
        public Adam {
            if (!(learningRate > 0) || beta1 < 0 || beta1 >= 1 || beta2 < 0 || beta2 >= 1 || !(epsilon > 0) || weightDecay < 0) {
                throw new IllegalArgumentException("invalid Adam settings");
            }
        }

        public static Adam defaults(double learningRate) {
            return new Adam(learningRate, 0.9, 0.999, 1e-8, 0);
        }

        public Adam withWeightDecay(double decay) {
            return new Adam(learningRate, beta1, beta2, epsilon, decay);
        }
    }
}
