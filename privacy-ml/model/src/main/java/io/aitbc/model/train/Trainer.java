package io.aitbc.model.train;

import io.aitbc.model.data.Dataset;
import io.aitbc.model.ir.Layer;
import io.aitbc.model.ir.LinearLayer;
import io.aitbc.model.ir.Model;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Mini-batch training of a model (any IR architecture) with softmax cross-entropy. Deterministic: the seed
 * fixes the initialization (PyTorch's default uniform(-1/sqrt(fanIn), 1/sqrt(fanIn)) for weights and
 * biases) and the shuffling; shards are summed in a fixed order.
 */
public final class Trainer {

    /** Told after each epoch. */
    public interface Progress {
        void epochDone(int epoch, double meanLoss, Model model);
    }

    private Trainer() {
    }

    /** Trains {@code architecture} from a fresh initialization; its own parameter values are ignored. */
    public static Model train(Model architecture, Dataset data, TrainingConfig config, Progress progress) {
        SplittableRandom rng = new SplittableRandom(config.seed());
        return run(architecture, initialize(architecture, rng), rng, data, config, progress);
    }

    /**
     * Continues training from the model's own parameters, e.g. after its ReLUs were replaced by polynomials
     * (so that the model adapts to the activation FHE will evaluate).
     */
    public static Model fineTune(Model model, Dataset data, TrainingConfig config, Progress progress) {
        return run(model, Parameters.of(model), new SplittableRandom(config.seed()), data, config, progress);
    }

    private static Model run(Model architecture, Parameters params, SplittableRandom rng, Dataset data, TrainingConfig config,
                             Progress progress) {
        if (data.shape().size() != architecture.inputShape().size()) {
            throw new IllegalArgumentException("data of shape " + data.shape() + " does not fit the model input "
                    + architecture.inputShape());
        }
        Backprop net = new Backprop(architecture);
        OptimizerState opt = new OptimizerState(config.optimizer(), params.arrays());
        Parameters[] shardGrads = new Parameters[TrainingConfig.SHARDS];
        for (int s = 0; s < shardGrads.length; s++) {
            shardGrads[s] = params.zerosLike();
        }
        double[] shardLoss = new double[TrainingConfig.SHARDS];
        int[] order = IntStream.range(0, data.size()).toArray();
        TrainingConfig.QuantizationAware qat = config.quantizationAware();
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            boolean aware = epoch > config.epochs() - qat.epochs();
            shuffle(order, rng);
            double loss = 0;
            for (int start = 0; start < order.length; start += config.batchSize()) {
                int end = Math.min(order.length, start + config.batchSize());
                int from = start;
                Parameters used = aware ? params.snapped(qat.weightBits()) : params;
                IntStream.range(0, TrainingConfig.SHARDS).parallel().forEach(s -> {
                    Parameters g = shardGrads[s];
                    g.clear();
                    double l = 0;
                    for (int k = from + s; k < end; k += TrainingConfig.SHARDS) {
                        int idx = order[k];
                        l += net.accumulate(used, g, data.image(idx), data.label(idx));
                    }
                    shardLoss[s] = l;
                });
                for (int s = 1; s < TrainingConfig.SHARDS; s++) {
                    shardGrads[0].add(shardGrads[s]);
                }
                for (double l : shardLoss) {
                    loss += l;
                }
                opt.apply(params.arrays(), shardGrads[0].arrays(), end - start);
            }
            if (progress != null) {
                progress.epochDone(epoch, loss / order.length, result(params, qat, architecture));
            }
        }
        return result(params, qat, architecture);
    }

    private static Model result(Parameters params, TrainingConfig.QuantizationAware qat, Model architecture) {
        return (qat.epochs() > 0 ? params.snapped(qat.weightBits()) : params).toModel(architecture);
    }

    private static Parameters initialize(Model architecture, SplittableRandom rng) {
        Parameters p = Parameters.of(architecture);
        List<Layer> layers = architecture.layers();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof LinearLayer lin) {
                double bound = 1.0 / Math.sqrt(lin.fanIn());
                for (int j = 0; j < p.weights[i].length; j++) {
                    p.weights[i][j] = rng.nextDouble(-bound, bound);
                }
                for (int j = 0; j < p.biases[i].length; j++) {
                    p.biases[i][j] = rng.nextDouble(-bound, bound);
                }
            }
        }
        return p;
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
