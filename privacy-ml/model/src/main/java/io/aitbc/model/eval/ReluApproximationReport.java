package io.aitbc.model.eval;

import io.aitbc.model.approx.ReluApproximation;
import io.aitbc.model.data.Dataset;
import io.aitbc.model.data.FashionMnist;
import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Relu;
import io.aitbc.model.train.Optimizer;
import io.aitbc.model.train.Trainer;
import io.aitbc.model.train.TrainingConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code bin/model-accuracy --relu-approx}: the zoo's ReLU models with their ReLUs replaced by polynomials
 * (calibrated on 1,000 training images), alone and after 2 epochs of fine-tuning with the polynomial in
 * place, on the full Fashion-MNIST test set, as Markdown.
 */
final class ReluApproximationReport {
    private static final int[] DEGREES = {2, 4};

    private ReluApproximationReport() {
    }

    static void print(List<AccuracyReport.Named> models) throws IOException {
        Dataset train = FashionMnist.installed().train(Integer.MAX_VALUE);
        Dataset test = FashionMnist.installed().test(Integer.MAX_VALUE);
        List<double[]> calibration = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            calibration.add(train.image(i));
        }
        System.out.println("| model | ReLU accuracy | degree | interval | fit only: accuracy | fit only: agreement with ReLU | fine-tuned 2 epochs: accuracy | fine-tuned: agreement with ReLU |");
        System.out.println("|---|---:|---:|---|---:|---:|---:|---:|");
        for (AccuracyReport.Named n : models) {
            Model relu = n.model();
            if (relu.layers().stream().noneMatch(l -> l instanceof Relu)) {
                continue;
            }
            int[] reluClass = predictions(relu, test);
            for (int degree : DEGREES) {
                ReluApproximation.Result fit = ReluApproximation.approximate(relu, calibration, degree, 1.0);
                Model tuned = Trainer.fineTune(fit.model(), train, new TrainingConfig(2, 64, Optimizer.Adam.defaults(2e-4), 11), null);
                String interval = fit.fits().stream().map(f -> String.format("±%.1f", f.bound())).toList().toString();
                System.out.printf("| %s | %.2f%% | %d | %s | %.2f%% | %.2f%% | %.2f%% | %.2f%% |%n", n.name(),
                        100 * Evaluation.accuracy(relu, test), degree, interval,
                        100 * Evaluation.accuracy(fit.model(), test), 100 * agreement(fit.model(), reluClass, test),
                        100 * Evaluation.accuracy(tuned, test), 100 * agreement(tuned, reluClass, test));
            }
        }
    }

    private static int[] predictions(Model m, Dataset d) {
        return IntStream.range(0, d.size()).parallel().map(i -> FloatInference.predict(m, d.image(i))).toArray();
    }

    private static double agreement(Model m, int[] reference, Dataset d) {
        int[] p = predictions(m, d);
        long same = IntStream.range(0, p.length).filter(i -> p[i] == reference[i]).count();
        return same / (double) p.length;
    }
}
