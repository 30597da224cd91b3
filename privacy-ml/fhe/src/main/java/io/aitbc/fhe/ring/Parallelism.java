package io.aitbc.fhe.ring;

import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** How the per-limb loops of RNS operations run: one after the other, or spread over a thread pool. */
public sealed interface Parallelism {

    Parallelism SEQUENTIAL = new Sequential();

    /** Runs {@code op} for every limb index in [0, count). */
    void forEach(int count, IntConsumer op);

    int threads();

    /** Limb loops run on a dedicated pool of the given size (1 means sequential). */
    static Parallelism threads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
        return threads == 1 ? SEQUENTIAL : new Pool(new ForkJoinPool(threads), threads);
    }

    record Sequential() implements Parallelism {
        @Override
        public void forEach(int count, IntConsumer op) {
            for (int i = 0; i < count; i++) op.accept(i);
        }

        @Override
        public int threads() { return 1; }
    }

    record Pool(ForkJoinPool pool, int threads) implements Parallelism {
        @Override
        public void forEach(int count, IntConsumer op) {
            if (count == 1) {
                op.accept(0);
                return;
            }
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(op)).join();
        }
    }
}
