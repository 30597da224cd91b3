package io.aitbc.fhe.bench;

import io.aitbc.fhe.ring.Parallelism;

/** BFV part of the benchmark (filled in with the BFV scheme). */
final class BfvBench {
    private BfvBench() {}

    static void run(String set, int threads, Parallelism p) {
    }
}
