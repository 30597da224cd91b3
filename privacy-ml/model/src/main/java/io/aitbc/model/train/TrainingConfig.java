package io.aitbc.model.train;

/**
 * How to train: epochs, mini-batch size, optimizer, the seed that fixes initialization and shuffling, and
 * optional quantization-aware finishing. The mini-batch is always split into {@link #SHARDS} shards summed
 * in a fixed order, so a run gives the same bits on any number of cores.
 */
public record TrainingConfig(int epochs, int batchSize, Optimizer optimizer, long seed, QuantizationAware quantizationAware) {
    public static final int SHARDS = 4;

    /**
     * Quantization-aware training for the last {@code epochs} epochs: the forward and backward passes use
     * the weights as {@code weightBits}-bit quantization will see them (straight-through estimator: the
     * gradient updates the float weights), and the trained model keeps those on-grid weights. Its float and
     * fixed-point inference then differ only by activation rounding.
     */
    public record QuantizationAware(int epochs, int weightBits) {
        public static final QuantizationAware NONE = new QuantizationAware(0, 8);

        public QuantizationAware {
            if (epochs < 0 || weightBits < 2 || weightBits > 16) {
                throw new IllegalArgumentException("quantization-aware epochs must be >= 0 and weight bits in [2, 16]");
            }
        }
    }

    public TrainingConfig {
        if (epochs <= 0 || batchSize < SHARDS) {
            throw new IllegalArgumentException("epochs must be positive and batchSize at least " + SHARDS);
        }
        if (quantizationAware.epochs() > epochs) {
            throw new IllegalArgumentException("more quantization-aware epochs than epochs");
        }
    }

    public TrainingConfig(int epochs, int batchSize, Optimizer optimizer, long seed) {
        this(epochs, batchSize, optimizer, seed, QuantizationAware.NONE);
    }
}
