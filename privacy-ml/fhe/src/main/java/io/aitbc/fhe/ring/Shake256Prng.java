package io.aitbc.fhe.ring;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.digests.SHAKEDigest;

/**
 * SHAKE256 (Bouncy Castle) as an extendable-output stream: absorb(seed || label), then squeeze.
 * The public-polynomial expansion of the serialization format is defined by this class: a seed of
 * {@value #SEED_BYTES} bytes and an ASCII label that separates the uses of one seed.
 */
public final class Shake256Prng implements Prng {

    public static final int SEED_BYTES = 32;
    private static final int BUFFER = 4096;

    private final SHAKEDigest shake = new SHAKEDigest(256);
    private final byte[] buffer = new byte[BUFFER];
    private int position = BUFFER;

    public Shake256Prng(byte[] seed, String label) {
        if (seed.length != SEED_BYTES) throw new IllegalArgumentException("seed must be " + SEED_BYTES + " bytes");
        shake.update(seed, 0, seed.length);
        byte[] l = label.getBytes(StandardCharsets.US_ASCII);
        shake.update(l, 0, l.length);
    }

    /** A stream seeded with fresh bytes from the given SecureRandom (for secrets and noise). */
    public static Shake256Prng fresh(SecureRandom random) {
        return new Shake256Prng(newSeed(random), "fresh");
    }

    public static byte[] newSeed(SecureRandom random) {
        byte[] seed = new byte[SEED_BYTES];
        random.nextBytes(seed);
        return seed;
    }

    private void refill() {
        shake.doOutput(buffer, 0, BUFFER);
        position = 0;
    }

    @Override
    public void nextBytes(byte[] out, int off, int len) {
        while (len > 0) {
            if (position == BUFFER) refill();
            int take = Math.min(len, BUFFER - position);
            System.arraycopy(buffer, position, out, off, take);
            position += take;
            off += take;
            len -= take;
        }
    }

    @Override
    public long nextLong() {
        if (BUFFER - position < 8) refill();
        long v = 0;
        for (int i = 7; i >= 0; i--) v = (v << 8) | (buffer[position + i] & 0xFFL);
        position += 8;
        return v;
    }

    @Override
    public long nextBytesAsLong(int bytes) {
        if (bytes < 1 || bytes > 8) throw new IllegalArgumentException("1..8 bytes");
        if (BUFFER - position < bytes) refill();
        long v = 0;
        for (int i = bytes - 1; i >= 0; i--) v = (v << 8) | (buffer[position + i] & 0xFFL);
        position += bytes;
        return v;
    }

    @Override
    public int nextByte() {
        if (position == BUFFER) refill();
        return buffer[position++] & 0xFF;
    }
}
