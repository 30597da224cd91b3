package io.aitbc.service.crypto;

import java.io.IOException;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.util.Arrays;

/**
 * A recipient's (or escrow agent's) X25519 public key with its id. Serialized as the raw 32 bytes of
 * RFC 7748 or as a PEM SubjectPublicKeyInfo (RFC 8410), the form OpenSSL and the JDK read.
 */
public final class X25519PublicKey {

    public static final int LENGTH = X25519PublicKeyParameters.KEY_SIZE;
    static final String PEM_TYPE = "PUBLIC KEY";

    /** Any scalar works: X25519 clamps it to a multiple of 8, so a point of small order always gives zero. */
    private static final X25519PrivateKeyParameters PROBE = new X25519PrivateKeyParameters(filled((byte) 0x2A), 0);

    private final KeyId id;
    private final X25519PublicKeyParameters key;

    X25519PublicKey(KeyId id, X25519PublicKeyParameters key) {
        if (id == null) {
            throw new IllegalArgumentException("key id is required");
        }
        this.id = id;
        this.key = key;
        rejectSmallOrder();
    }

    /** @throws IllegalArgumentException unless {@code raw} is 32 bytes encoding a point of large order */
    public static X25519PublicKey fromRaw(KeyId id, byte[] raw) {
        if (raw == null || raw.length != LENGTH) {
            throw new IllegalArgumentException("an X25519 public key is " + LENGTH + " bytes, got " + (raw == null ? "none" : raw.length));
        }
        return new X25519PublicKey(id, new X25519PublicKeyParameters(raw, 0));
    }

    public static X25519PublicKey fromPem(KeyId id, String pem) {
        return new X25519PublicKey(id, Pem.decodeKey(pem, PEM_TYPE, PublicKeyFactory::createKey, X25519PublicKeyParameters.class, "public"));
    }

    public KeyId id() {
        return id;
    }

    public byte[] raw() {
        return key.getEncoded();
    }

    public String toPem() {
        try {
            return Pem.encode(PEM_TYPE, SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(key).getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode X25519 public key", e);
        }
    }

    X25519PublicKeyParameters parameters() {
        return key;
    }

    private void rejectSmallOrder() {
        try {
            PROBE.generateSecret(key, new byte[LENGTH], 0);
        } catch (IllegalStateException allZeroSharedSecret) {
            throw new IllegalArgumentException("X25519 public key '" + id + "' is a point of small order");
        }
    }

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[X25519PrivateKeyParameters.KEY_SIZE];
        java.util.Arrays.fill(bytes, value);
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof X25519PublicKey that && id.equals(that.id) && Arrays.areEqual(raw(), that.raw());
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(raw());
    }

    @Override
    public String toString() {
        return "X25519PublicKey[id=" + id + "]";
    }
}
