package io.aitbc.fhe.ring;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHAKEDigest;

/**
 * The library's CSPRNG: AES-256 in counter mode (the keystream), keyed by SHAKE256(seed || label)
 * truncated to 32 bytes (Bouncy Castle), with an all-zero initial counter. The label separates the
 * streams of one seed; the serialization format's seed expansion is defined by this class.
 *
 * <p>Why the JDK's AES and not Bouncy Castle's: the JDK provider runs on the AES instructions of the CPU
 * (constant time, and measured here about 50x faster than SHAKE256, which dominated key generation),
 * while Bouncy Castle's AES engine is table-based software. Not thread-safe.
 */
public final class AesCtrPrng implements Prng {

    public static final int SEED_BYTES = 32;
    private static final java.lang.invoke.VarHandle LITTLE_ENDIAN_LONG =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final int BUFFER = 16384;

    private final Cipher cipher;
    private final byte[] zeros = new byte[BUFFER];
    private final byte[] buffer = new byte[BUFFER + 8];
    private int position;
    private int limit;

    public AesCtrPrng(byte[] seed, String label) {
        if (seed.length != SEED_BYTES) throw new IllegalArgumentException("seed must be " + SEED_BYTES + " bytes");
        SHAKEDigest shake = new SHAKEDigest(256);
        shake.update(seed, 0, seed.length);
        byte[] l = label.getBytes(StandardCharsets.US_ASCII);
        shake.update(l, 0, l.length);
        byte[] key = new byte[32];
        shake.doFinal(key, 0, key.length);
        try {
            cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(new byte[16]));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CTR is not available in this JDK", e);
        }
    }

    /** A stream seeded with fresh bytes from the given SecureRandom (for secrets and noise). */
    public static AesCtrPrng fresh(SecureRandom random) {
        return new AesCtrPrng(newSeed(random), "fresh");
    }

    public static byte[] newSeed(SecureRandom random) {
        byte[] seed = new byte[SEED_BYTES];
        random.nextBytes(seed);
        return seed;
    }

    /** Makes at least {@code bytes} (<= 8) unread keystream bytes contiguous at {@code position}. */
    private void ensure(int bytes) {
        int remaining = limit - position;
        if (remaining >= bytes) return;
        System.arraycopy(buffer, position, buffer, 0, remaining);
        try {
            cipher.update(zeros, 0, BUFFER, buffer, remaining);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        position = 0;
        limit = remaining + BUFFER;
    }

    @Override
    public void nextBytes(byte[] out, int off, int len) {
        while (len > 0) {
            ensure(1);
            int take = Math.min(len, limit - position);
            System.arraycopy(buffer, position, out, off, take);
            position += take;
            off += take;
            len -= take;
        }
    }

    @Override
    public long nextLong() {
        return nextBytesAsLong(8);
    }

    @Override
    public long nextBytesAsLong(int bytes) {
        if (bytes < 1 || bytes > 8) throw new IllegalArgumentException("1..8 bytes");
        ensure(8);
        long v = (long) LITTLE_ENDIAN_LONG.get(buffer, position);
        position += bytes;
        return bytes == 8 ? v : v & ((1L << (8 * bytes)) - 1);
    }

    @Override
    public int nextByte() {
        ensure(1);
        return buffer[position++] & 0xFF;
    }
}
