package io.aitbc.fhe.rlwe;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The canonical binary description of a parameter set, shared by both schemes:
 * "AFHP" | version u8 | scheme u8 | RLWE part ({@link RlweParameters#writeCanonical}) | scheme part.
 * Its SHA-256 is the parameter-set id.
 */
public final class CanonicalEncoding {

    public static final byte[] MAGIC = {'A', 'F', 'H', 'P'};
    public static final int VERSION = 1;

    /** Writes the scheme-specific tail. */
    @FunctionalInterface
    public interface SchemePart {
        void write(DataOutputStream out) throws IOException;
    }

    private CanonicalEncoding() {}

    public static byte[] encode(SchemeParameters.Scheme scheme, RlweParameters rlwe, SchemePart tail) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeByte(VERSION);
            out.writeByte(scheme.ordinal());
            rlwe.writeCanonical(out);
            tail.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static ParametersId idOf(byte[] canonical) {
        try {
            return new ParametersId(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
