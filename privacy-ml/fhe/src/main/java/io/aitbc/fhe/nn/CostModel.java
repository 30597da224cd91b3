package io.aitbc.fhe.nn;

/**
 * Relative costs of the operations of a packed layer, in units of one hoisted (lazy) baby-step rotation,
 * from the operation counts at N = 2^14 with about 7 primes: a giant step adds a modulus switch and a
 * fresh digit decomposition (about 2.6 units), a full rotation about 2.8, a plaintext product in QP with
 * its accumulation about 0.06. Used only to choose between packings; the benchmarks measure the rest.
 */
public final class CostModel {

    public static final double BABY_STEP = 1.0;
    public static final double GIANT_STEP = 2.6;
    public static final double ROTATION = 2.8;
    public static final double PLAINTEXT_PRODUCT = 0.06;

    private CostModel() {}

    public static double bsgs(int babyRotations, int giantRotations, int diagonals) {
        return BABY_STEP * babyRotations + GIANT_STEP * giantRotations + PLAINTEXT_PRODUCT * diagonals;
    }
}
