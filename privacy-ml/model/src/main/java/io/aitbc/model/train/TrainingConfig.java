package io.aitbc.model.train;

/**
 * How to train: epochs, mini-batch size, optimizer and the seed that fixes initialization and shuffling.
 * The mini-batch is always split into {@link #SHARDS} shards summed in a fixed order, so a run gives the
 * same bits on any number of cores.
 */
public record TrainingConfig(int epochs, int batchSize, Optimizer optimizer, long seed) {
    public static final int SHARDS = 4;

    public TrainingConfig {
        if (epochs <= 0 || batchSize < SHARDS) {
            throw new IllegalArgumentException("epochs must be positive and batchSize at least " + SHARDS);
        }
    }
}
