package io.aitbc.service.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * A 256-bit AES key with its id: a data key (DEK) or a key-encryption key (KEK). The material never
 * appears in {@link #toString()}; {@link #destroy()} overwrites it.
 */
public final class AesKey implements Destroyable {

    public static final int LENGTH = 32;

    private final KeyId id;
    private final byte[] material;
    private volatile boolean destroyed;

    private AesKey(KeyId id, byte[] material) {
        this.id = id;
        this.material = material;
    }

    /** Copies {@code material}, which must be exactly 32 bytes. */
    public static AesKey of(KeyId id, byte[] material) {
        if (id == null) {
            throw new IllegalArgumentException("key id is required");
        }
        if (material == null || material.length != LENGTH) {
            throw new IllegalArgumentException("an AES-256 key is " + LENGTH + " bytes, got "
                    + (material == null ? "none" : material.length));
        }
        return new AesKey(id, material.clone());
    }

    public static AesKey generate(KeyId id, SecureRandom random) {
        byte[] material = new byte[LENGTH];
        random.nextBytes(material);
        AesKey key = of(id, material);
        Arrays.fill(material, (byte) 0);
        return key;
    }

    public KeyId id() {
        return id;
    }

    /** A copy of the key bytes; the caller should wipe it after use. */
    public byte[] material() {
        if (destroyed) {
            throw new IllegalStateException("key " + id + " was destroyed");
        }
        return material.clone();
    }

    @Override
    public void destroy() {
        Arrays.fill(material, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "AesKey[id=" + id + ", AES-256]";
    }
}
