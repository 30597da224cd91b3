package io.aitbc.model.train;

import java.util.List;

/** The optimizer's moments for each parameter array; applies one step. */
final class OptimizerState {
    private final Optimizer optimizer;
    private final double[][] m;
    private final double[][] v;
    private long step;

    OptimizerState(Optimizer optimizer, List<double[]> params) {
        this.optimizer = optimizer;
        this.m = params.stream().map(a -> new double[a.length]).toArray(double[][]::new);
        this.v = params.stream().map(a -> new double[a.length]).toArray(double[][]::new);
    }

    /** {@code params -= update(grads / batch)}. */
    void apply(List<double[]> params, List<double[]> grads, int batch) {
        step++;
        for (int a = 0; a < params.size(); a++) {
            double[] p = params.get(a);
            double[] g = grads.get(a);
            switch (optimizer) {
                case Optimizer.Sgd sgd -> {
                    for (int j = 0; j < p.length; j++) {
                        m[a][j] = sgd.momentum() * m[a][j] + g[j] / batch;
                        p[j] -= sgd.learningRate() * m[a][j];
                    }
                }
                case Optimizer.Adam adam -> {
                    double c1 = 1 - Math.pow(adam.beta1(), step);
                    double c2 = 1 - Math.pow(adam.beta2(), step);
                    double decay = 1 - adam.learningRate() * adam.weightDecay();
                    for (int j = 0; j < p.length; j++) {
                        double gj = g[j] / batch;
                        p[j] *= decay;
                        m[a][j] = adam.beta1() * m[a][j] + (1 - adam.beta1()) * gj;
                        v[a][j] = adam.beta2() * v[a][j] + (1 - adam.beta2()) * gj * gj;
                        p[j] -= adam.learningRate() * (m[a][j] / c1) / (Math.sqrt(v[a][j] / c2) + adam.epsilon());
                    }
                }
            }
        }
    }
}
