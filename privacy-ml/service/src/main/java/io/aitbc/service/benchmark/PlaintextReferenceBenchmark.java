package io.aitbc.service.benchmark;

import io.aitbc.domain.benchmark.LatencySummary;
import io.aitbc.domain.marketplace.PerformanceFigures;
import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Model;
import io.aitbc.service.models.ModelArtifacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The model run in the clear (float reference inference of the ONNX weights) on random inputs: the baseline
 * that shows what each privacy level costs.
 */
@ApplicationScoped
public class PlaintextReferenceBenchmark implements ModelBenchmark {

    public static final String NAME = "plaintext-reference";
    static final int WARM_UP = 20;
    static final int RUNS = 100;

    @Inject
    ModelArtifacts artifacts;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<PerformanceFigures.Metric> listingMetric() {
        return Optional.of(PerformanceFigures.Metric.PLAINTEXT);
    }

    @Override
    public boolean supports(BenchmarkTarget target) {
        return target.hasOnnx();
    }

    @Override
    public LatencySummary measure(BenchmarkTarget target) {
        Model model = artifacts.model(target.versionId()); // the sealed ONNX file, opened and imported
        int size = model.inputShape().size();
        SplittableRandom random = new SplittableRandom(target.versionId()); // inputs need no secrecy, only variety
        for (int i = 0; i < WARM_UP; i++) {
            FloatInference.run(model, input(random, size));
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            double[] x = input(random, size);
            long start = System.nanoTime();
            FloatInference.run(model, x);
            nanos[i] = System.nanoTime() - start;
        }
        return LatencySummary.ofNanos(nanos);
    }

    private static double[] input(SplittableRandom random, int size) {
        double[] x = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = random.nextDouble();
        }
        return x;
    }
}
