package io.aitbc.service.crypto;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * AES-256-GCM encryption of a payload under a named key, with a fresh random 96-bit nonce each time.
 *
 * <pre>
 * magic 0xAE | version 0x01 | type 0x01 | algorithm 0x01 (AES-256-GCM)
 * | key id (1-byte length, ASCII) | nonce (12) | ciphertext || tag (16)
 * </pre>
 *
 * The header (everything before the nonce) and the caller's context are the GCM associated data, so
 * neither the key id, the algorithm nor the context can be changed without detection. Random nonces
 * limit one key to about 2^32 encryptions (NIST SP 800-38D); data keys are single-use, key-encryption
 * keys are rotated long before that.
 */
public final class AeadEnvelope {

    private static final String WHAT = Format.Type.AEAD_CIPHERTEXT.description;

    private final SecureRandom random;

    public AeadEnvelope(SecureRandom random) {
        this.random = random;
    }

    public AeadEnvelope() {
        this(new SecureRandom());
    }

    public byte[] encrypt(AesKey key, byte[] plaintext, EncryptionContext context) {
        return encrypt(key, plaintext, context.encode());
    }

    /**
     * @throws MalformedCiphertextException for bytes that are not a well-formed envelope
     * @throws KeyUnavailableException if the envelope names another key
     * @throws AuthenticationFailedException if it was modified or is opened for another context
     */
    public static byte[] decrypt(AesKey key, byte[] envelope, EncryptionContext context) {
        return decrypt(key, envelope, context.encode());
    }

    /** The id of the key an envelope was encrypted under, without decrypting it. */
    public static KeyId keyIdOf(byte[] envelope) {
        return Parsed.of(envelope).keyId;
    }

    byte[] encrypt(AesKey key, byte[] plaintext, byte[] associatedData) {
        byte[] header = header(key.id());
        byte[] nonce = new byte[AesGcm.NONCE_LENGTH];
        random.nextBytes(nonce);
        byte[] material = key.material();
        try {
            byte[] sealed = AesGcm.seal(material, nonce, concat(header, associatedData), plaintext);
            return new ByteWriter().raw(header).raw(nonce).raw(sealed).toByteArray();
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    static byte[] decrypt(AesKey key, byte[] envelope, byte[] associatedData) {
        Parsed parsed = Parsed.of(envelope);
        if (!parsed.keyId.equals(key.id())) {
            throw new KeyUnavailableException(WHAT + " was encrypted under key '" + parsed.keyId
                    + "', not under the given key '" + key.id() + "'");
        }
        byte[] material = key.material();
        try {
            return AesGcm.open(material, parsed.nonce, concat(parsed.header, associatedData), parsed.ciphertext, WHAT);
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    private static byte[] header(KeyId keyId) {
        ByteWriter out = new ByteWriter();
        Format.writeHeader(out, Format.Type.AEAD_CIPHERTEXT);
        return out.u8(Format.AES_256_GCM).keyId(keyId).toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private record Parsed(byte[] header, KeyId keyId, byte[] nonce, byte[] ciphertext) {

        static Parsed of(byte[] envelope) {
            ByteReader in = Format.readHeader(envelope, Format.Type.AEAD_CIPHERTEXT);
            int algorithm = in.u8("algorithm id");
            if (algorithm != Format.AES_256_GCM) {
                throw new MalformedCiphertextException(WHAT + ": unknown algorithm id " + algorithm);
            }
            KeyId keyId = in.keyId("key id");
            byte[] header = Arrays.copyOf(envelope, in.position());
            byte[] nonce = in.bytes(AesGcm.NONCE_LENGTH, "nonce");
            if (in.remaining() < AesGcm.TAG_LENGTH) {
                throw new MalformedCiphertextException(WHAT + " is truncated: " + in.remaining()
                        + " bytes left for ciphertext and tag, the tag alone is " + AesGcm.TAG_LENGTH);
            }
            return new Parsed(header, keyId, nonce, in.rest());
        }
    }
}
