package io.aitbc.fhe.rlwe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Identifies the secret key behind a key or ciphertext: the first 16 bytes of
 * SHA-256("aitbc-fhe-key-id" || secret coefficients). Lets a wrong key be reported as such instead of
 * decrypting to garbage. (A hash of a high-entropy secret; it reveals nothing usable about it.)
 */
public record KeyId(byte[] bytes) {

    public static final int LENGTH = 16;

    public KeyId {
        if (bytes.length != LENGTH) throw new IllegalArgumentException("key id must be " + LENGTH + " bytes");
        bytes = bytes.clone();
    }

    static KeyId ofSecret(long[] coefficients) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("aitbc-fhe-key-id".getBytes(StandardCharsets.US_ASCII));
            byte[] b = new byte[coefficients.length];
            for (int i = 0; i < b.length; i++) b[i] = (byte) coefficients[i];
            sha.update(b);
            return new KeyId(Arrays.copyOf(sha.digest(), LENGTH));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Throws unless both ids are equal. */
    public static void requireSame(KeyId expected, KeyId actual, String what) {
        if (!expected.equals(actual)) {
            throw new WrongKeyException(what + " belongs to key " + actual + ", expected key " + expected);
        }
    }

    @Override
    public byte[] bytes() { return bytes.clone(); }

    @Override
    public boolean equals(Object o) { return o instanceof KeyId k && Arrays.equals(k.bytes, bytes); }

    @Override
    public int hashCode() { return Arrays.hashCode(bytes); }

    @Override
    public String toString() { return HexFormat.of().formatHex(bytes, 0, 8); }
}
