package io.aitbc.fhe.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/** Median wall time of an operation after warm-up (the same method as bench/seal-bench.mjs). */
final class Timer {

    private static volatile Object sink;

    private Timer() {}

    static double medianMillis(int warmup, int runs, Supplier<?> op) {
        for (int i = 0; i < warmup; i++) sink = op.get();
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink = op.get();
            t[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(t);
        return runs % 2 == 1 ? t[runs / 2] : (t[runs / 2 - 1] + t[runs / 2]) / 2;
    }
}
