package io.aitbc.fhe.ring;

/**
 * A cryptographically secure byte stream. Implementations are seeded: from SecureRandom for secrets,
 * or from a public seed to expand public polynomials reproducibly. Not thread-safe.
 */
public interface Prng {

    /** Fills {@code out[off, off+len)} with the next bytes of the stream. */
    void nextBytes(byte[] out, int off, int len);

    /** The next 8 bytes as a little-endian long. */
    long nextLong();

    /** The next {@code bytes} (1..8) bytes as a little-endian unsigned value. */
    long nextBytesAsLong(int bytes);

    /** The next byte as an int in [0, 256). */
    int nextByte();
}
