package io.aitbc.zk.poseidon;

import io.aitbc.zk.bn254.Fr;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;

/**
 * Poseidon instance for BN254's scalar field as circomlib uses it: S-box x^5, 8 full rounds and a
 * width-dependent number of partial rounds. Round constants and the Cauchy MDS matrix are derived
 * with the Grain LFSR exactly as the reference parameter script does (checked against circomlibjs
 * in the tests). Immutable; constants are in Montgomery form, flat.
 */
final class PoseidonParameters {

    static final int FULL_ROUNDS = 8;
    /** Partial rounds for t = 2..17, as circomlib (rounded up from the paper's security analysis). */
    private static final int[] PARTIAL_ROUNDS = {56, 57, 56, 60, 60, 63, 64, 63, 60, 66, 60, 65, 70, 60, 64, 68};
    static final int MIN_WIDTH = 2;
    static final int MAX_WIDTH = MIN_WIDTH + PARTIAL_ROUNDS.length - 1;

    final int width;
    final int partialRounds;
    /** roundConstants[(round * width + i) * 4 .. +4]. */
    final long[] roundConstants;
    /** mds[(i * width + j) * 4 .. +4]: new state[i] = sum_j mds[i][j] * state[j]. */
    final long[] mds;

    private PoseidonParameters(int width) {
        this.width = width;
        this.partialRounds = PARTIAL_ROUNDS[width - MIN_WIDTH];
        BigInteger p = Fr.MODULUS;
        GrainLfsr grain = new GrainLfsr(1, 0, p.bitLength(), width, FULL_ROUNDS, partialRounds);
        int rounds = FULL_ROUNDS + partialRounds;
        roundConstants = new long[rounds * width * 4];
        for (int i = 0; i < rounds * width; i++) {
            Fr.ARITH.fromBigInteger(grain.nextFieldElement(p), roundConstants, 4 * i);
        }
        mds = cauchyMatrix(grain, width, p);
    }

    /** M[i][j] = 1 / (x_i + y_j) with 2t distinct x, y drawn from the LFSR (reduced mod p). */
    private static long[] cauchyMatrix(GrainLfsr grain, int t, BigInteger p) {
        while (true) {
            BigInteger[] xy = new BigInteger[2 * t];
            Set<BigInteger> seen = new HashSet<>();
            for (int i = 0; i < 2 * t; i++) {
                xy[i] = grain.nextBits(p.bitLength()).mod(p);
                seen.add(xy[i]);
            }
            if (seen.size() != 2 * t) {
                continue;
            }
            long[] m = new long[t * t * 4];
            boolean ok = true;
            for (int i = 0; i < t && ok; i++) {
                for (int j = 0; j < t; j++) {
                    BigInteger sum = xy[i].add(xy[t + j]).mod(p);
                    if (sum.signum() == 0) {
                        ok = false;
                        break;
                    }
                    Fr.ARITH.fromBigInteger(sum.modInverse(p), m, 4 * (i * t + j));
                }
            }
            if (ok) {
                return m;
            }
        }
    }

    private static final PoseidonParameters[] CACHE = new PoseidonParameters[MAX_WIDTH + 1];

    /** The parameters for state width t (inputs + 1), derived once and cached. */
    static PoseidonParameters forWidth(int t) {
        if (t < MIN_WIDTH || t > MAX_WIDTH) {
            throw new IllegalArgumentException("Poseidon supports 1.." + (MAX_WIDTH - 1) + " inputs, got " + (t - 1));
        }
        synchronized (CACHE) {
            if (CACHE[t] == null) {
                CACHE[t] = new PoseidonParameters(t);
            }
            return CACHE[t];
        }
    }

    /** Round constant (canonical) for tests against circomlibjs. */
    BigInteger roundConstant(int index) {
        return Fr.ARITH.toBigInteger(roundConstants, 4 * index);
    }

    BigInteger mdsEntry(int i, int j) {
        return Fr.ARITH.toBigInteger(mds, 4 * (i * width + j));
    }
}
