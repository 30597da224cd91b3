package io.aitbc.zk.groth16;

/**
 * The deterministic generator snarkjs derives points from (ffjavascript's {@code ChaCha}): the ChaCha20
 * block function over a state of the four constants, an 8-word seed and a 4-word block counter (no
 * nonce), emitting the 16 words of each block in order. Reproduced so that hash-to-G2 of a transcript
 * gives the point snarkjs computes; not a general-purpose random generator.
 */
final class SnarkjsRng {

    private final int[] state = new int[16];
    private final int[] block = new int[16];
    private int index = 16;

    SnarkjsRng(int[] seed) {
        if (seed.length != 8) {
            throw new IllegalArgumentException("seed must be 8 words");
        }
        state[0] = 0x61707865;
        state[1] = 0x3320646E;
        state[2] = 0x79622D32;
        state[3] = 0x6B206574;
        System.arraycopy(seed, 0, state, 4, 8);
    }

    /** Seed from the first 32 bytes of a hash, read as big-endian 32-bit words (as snarkjs's hashToG2). */
    static SnarkjsRng fromHash(byte[] hash) {
        int[] seed = new int[8];
        for (int i = 0; i < 8; i++) {
            seed[i] = ((hash[4 * i] & 0xff) << 24) | ((hash[4 * i + 1] & 0xff) << 16) | ((hash[4 * i + 2] & 0xff) << 8)
                    | (hash[4 * i + 3] & 0xff);
        }
        return new SnarkjsRng(seed);
    }

    int nextU32() {
        if (index == 16) {
            refill();
        }
        return block[index++];
    }

    /** High word first, as ffjavascript's nextU64. */
    long nextU64() {
        long hi = Integer.toUnsignedLong(nextU32());
        return (hi << 32) | Integer.toUnsignedLong(nextU32());
    }

    boolean nextBool() {
        return (nextU32() & 1) == 1;
    }

    private void refill() {
        System.arraycopy(state, 0, block, 0, 16);
        for (int i = 0; i < 10; i++) {
            quarterRound(0, 4, 8, 12);
            quarterRound(1, 5, 9, 13);
            quarterRound(2, 6, 10, 14);
            quarterRound(3, 7, 11, 15);
            quarterRound(0, 5, 10, 15);
            quarterRound(1, 6, 11, 12);
            quarterRound(2, 7, 8, 13);
            quarterRound(3, 4, 9, 14);
        }
        for (int i = 0; i < 16; i++) {
            block[i] += state[i];
        }
        index = 0;
        // 128-bit little-endian block counter in words 12..15
        for (int w = 12; w < 16; w++) {
            if (++state[w] != 0) {
                break;
            }
        }
    }

    private void quarterRound(int a, int b, int c, int d) {
        int[] s = block;
        s[a] += s[b];
        s[d] = Integer.rotateLeft(s[d] ^ s[a], 16);
        s[c] += s[d];
        s[b] = Integer.rotateLeft(s[b] ^ s[c], 12);
        s[a] += s[b];
        s[d] = Integer.rotateLeft(s[d] ^ s[a], 8);
        s[c] += s[d];
        s[b] = Integer.rotateLeft(s[b] ^ s[c], 7);
    }
}
