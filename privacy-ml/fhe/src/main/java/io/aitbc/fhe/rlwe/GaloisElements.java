package io.aitbc.fhe.rlwe;

/**
 * Galois elements of Z[X]/(X^N+1): X -> X^g for odd g. The slots (CKKS) and rows (BFV) are ordered by
 * powers of 5, so X -> X^(5^k) rotates them left by k; X -> X^(2N-1) conjugates (CKKS) or swaps the
 * two rows (BFV).
 */
public final class GaloisElements {

    private GaloisElements() {}

    /** Element for a left rotation by {@code steps} (negative: right) of N/2 slots. */
    public static long forRotation(int n, int steps) {
        int slots = n / 2;
        long k = Math.floorMod(steps, slots);
        long g = 1;
        long base = 5;
        long mask = 2L * n - 1;
        while (k > 0) {
            if ((k & 1) != 0) g = (g * base) & mask;
            base = (base * base) & mask;
            k >>= 1;
        }
        return g;
    }

    /** Element of complex conjugation (CKKS) / row swap (BFV). */
    public static long conjugation(int n) {
        return 2L * n - 1;
    }

    /** g^-1 mod 2N. */
    public static long inverse(int n, long g) {
        long mask = 2L * n - 1;
        // the group of odd residues mod 2N has exponent dividing N/2, so g^(N/2 - 1) = g^-1 (N >= 4)
        long result = 1;
        long base = g & mask;
        long e = n / 2 - 1;
        while (e > 0) {
            if ((e & 1) != 0) result = (result * base) & mask;
            base = (base * base) & mask;
            e >>= 1;
        }
        return result;
    }
}
