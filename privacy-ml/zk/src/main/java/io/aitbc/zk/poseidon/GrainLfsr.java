package io.aitbc.zk.poseidon;

import java.math.BigInteger;

/**
 * The 80-bit Grain LFSR with which the Poseidon authors derive round constants and MDS matrices
 * (paper, appendix F). Seeded from the instance parameters, so anyone can re-derive the constants
 * instead of trusting a table.
 */
final class GrainLfsr {

    private final boolean[] state = new boolean[80];
    private int head; // index of bit 0 in the circular buffer

    /**
     * @param fieldType 1 for a prime field
     * @param sbox 0 for x^alpha
     */
    GrainLfsr(int fieldType, int sbox, int fieldBits, int width, int fullRounds, int partialRounds) {
        int pos = 0;
        pos = put(fieldType, 2, pos);
        pos = put(sbox, 4, pos);
        pos = put(fieldBits, 12, pos);
        pos = put(width, 12, pos);
        pos = put(fullRounds, 10, pos);
        pos = put(partialRounds, 10, pos);
        while (pos < 80) {
            state[pos++] = true;
        }
        for (int i = 0; i < 160; i++) {
            step();
        }
    }

    private int put(int value, int bits, int pos) {
        for (int i = bits - 1; i >= 0; i--) {
            state[pos++] = ((value >>> i) & 1) == 1;
        }
        return pos;
    }

    private boolean bit(int i) {
        return state[(head + i) % 80];
    }

    private boolean step() {
        boolean b = bit(62) ^ bit(51) ^ bit(38) ^ bit(23) ^ bit(13) ^ bit(0);
        state[head] = b; // drop bit 0, append the new bit at the end
        head = (head + 1) % 80;
        return b;
    }

    /** Self-shrinking output: a pair (1, b) yields b, a pair (0, b) is discarded. */
    private boolean nextBit() {
        while (true) {
            boolean first = step();
            boolean second = step();
            if (first) {
                return second;
            }
        }
    }

    /** The next {@code bits} output bits as an integer, most significant first. */
    BigInteger nextBits(int bits) {
        BigInteger v = BigInteger.ZERO;
        for (int i = 0; i < bits; i++) {
            v = v.shiftLeft(1);
            if (nextBit()) {
                v = v.setBit(0);
            }
        }
        return v;
    }

    /** Rejection sampling of an element of [0, modulus). */
    BigInteger nextFieldElement(BigInteger modulus) {
        int bits = modulus.bitLength();
        while (true) {
            BigInteger v = nextBits(bits);
            if (v.compareTo(modulus) < 0) {
                return v;
            }
        }
    }
}
