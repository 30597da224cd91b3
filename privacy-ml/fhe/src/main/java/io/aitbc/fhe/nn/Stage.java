package io.aitbc.fhe.nn;

import io.aitbc.fhe.rlwe.Ciphertext;

/**
 * One step of an encrypted network on a single ciphertext: a packed linear layer or a slot-wise
 * polynomial. Each stage knows the slot layouts it reads and writes, the levels it consumes, the
 * rotations it needs keys for, and its plaintext meaning on slot vectors (to check packings without
 * encryption).
 */
public sealed interface Stage permits LinearStage, PolynomialStage {

    SlotLayout inputLayout();

    SlotLayout outputLayout();

    /** Levels consumed (rescales). */
    int depth();

    /** Rotation steps needing Galois keys (normalized, sorted). */
    int[] rotationSteps();

    boolean needsRelinearization();

    Ciphertext apply(NnEvaluator evaluator, Ciphertext x);

    /** The same computation on a plaintext slot vector. */
    double[] applyPlain(double[] slots);

    /** Relative cost ({@link CostModel} units). */
    double cost();

    String describe();
}
