package io.aitbc.zk.poseidon;

import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.Montgomery256;
import java.math.BigInteger;

/**
 * Poseidon hash over the BN254 scalar field, identical to circomlib's {@code Poseidon(n)} template
 * and circomlibjs's {@code poseidon} for n = 1..16 inputs: state {@code [0, in_1..in_n]}, output
 * {@code state[0]} after the permutation. Thread-safe and stateless.
 *
 * <pre>{@code
 * BigInteger h = Poseidon.hash(BigInteger.valueOf(3), BigInteger.valueOf(4));
 * Fr f = Poseidon.hash(Fr.of(3), Fr.of(4));   // same value, no BigInteger conversion
 * }</pre>
 */
public final class Poseidon {

    public static final int MAX_INPUTS = PoseidonParameters.MAX_WIDTH - 1;

    private Poseidon() {
    }

    /** Hash of 1..16 field elements given as integers in [0, r); anything else is rejected. */
    public static BigInteger hash(BigInteger... inputs) {
        checkArity(inputs.length);
        Fr[] fr = new Fr[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            fr[i] = Fr.ofCanonical(inputs[i]);
        }
        return hash(fr).toBigInteger();
    }

    /** Hash of 1..16 field elements. */
    public static Fr hash(Fr... inputs) {
        checkArity(inputs.length);
        long[] in = new long[4 * inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i].copyMontgomeryTo(in, 4 * i);
        }
        long[] out = new long[4];
        hashMontgomery(in, 0, inputs.length, out, 0);
        return Fr.fromMontgomery(out, 0);
    }

    /**
     * Bulk variant on raw Montgomery limbs (see {@link Fr#ARITH}): hashes {@code count} elements
     * starting at {@code in[inOff]} and writes the digest's limbs to {@code out[outOff]}.
     */
    public static void hashMontgomery(long[] in, int inOff, int count, long[] out, int outOff) {
        PoseidonParameters params = PoseidonParameters.forWidth(count + 1);
        int t = params.width;
        long[] state = new long[4 * t];
        System.arraycopy(in, inOff, state, 4, 4 * count);
        permute(params, state);
        Montgomery256.copy(state, 0, out, outOff);
    }

    private static void checkArity(int n) {
        if (n < 1 || n > MAX_INPUTS) {
            throw new IllegalArgumentException("Poseidon takes 1.." + MAX_INPUTS + " inputs, got " + n);
        }
    }

    /** The Poseidon permutation on a state of t elements, in place. */
    static void permute(PoseidonParameters params, long[] state) {
        Montgomery256 f = Fr.ARITH;
        int t = params.width;
        int half = PoseidonParameters.FULL_ROUNDS / 2;
        int rounds = PoseidonParameters.FULL_ROUNDS + params.partialRounds;
        long[] rc = params.roundConstants;
        long[] m = params.mds;
        long[] mixed = new long[4 * t];
        long[] tmp = new long[4];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < t; i++) {
                f.add(state, 4 * i, rc, 4 * (r * t + i), state, 4 * i);
            }
            boolean full = r < half || r >= half + params.partialRounds;
            int sboxes = full ? t : 1;
            for (int i = 0; i < sboxes; i++) {
                pow5(f, state, 4 * i, tmp);
            }
            for (int i = 0; i < t; i++) {
                Montgomery256.setZero(mixed, 4 * i);
                for (int j = 0; j < t; j++) {
                    f.mul(m, 4 * (i * t + j), state, 4 * j, tmp, 0);
                    f.add(mixed, 4 * i, tmp, 0, mixed, 4 * i);
                }
            }
            System.arraycopy(mixed, 0, state, 0, 4 * t);
        }
    }

    private static void pow5(Montgomery256 f, long[] s, int off, long[] tmp) {
        f.square(s, off, tmp, 0);
        f.square(tmp, 0, tmp, 0);
        f.mul(tmp, 0, s, off, s, off);
    }
}
