package io.aitbc.service.crypto;

import java.security.SecureRandom;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContext;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/**
 * Single-shot HPKE (RFC 9180) in base mode with the suite DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
 * AES-256-GCM, as Bouncy Castle implements it. The info string binds the key schedule to what the
 * message is for; the associated data is authenticated by the AEAD.
 */
final class Hpke {

    static final int KEM_ID = HPKE.kem_X25519_SHA256 & 0xFFFF;
    static final int KDF_ID = HPKE.kdf_HKDF_SHA256 & 0xFFFF;
    static final int AEAD_ID = HPKE.aead_AES_GCM256 & 0xFFFF;
    static final int ENC_LENGTH = 32;

    /** What one sealing produces: the KEM encapsulation and the AEAD ciphertext with its tag. */
    record Sealed(byte[] enc, byte[] ciphertext) {
    }

    private final SecureRandom random;

    Hpke(SecureRandom random) {
        this.random = random;
    }

    Sealed seal(X25519PublicKey recipient, byte[] info, byte[] associatedData, byte[] plaintext) {
        X25519PrivateKeyParameters ephemeral = new X25519PrivateKeyParameters(random);
        AsymmetricCipherKeyPair ephemeralPair = new AsymmetricCipherKeyPair(ephemeral.generatePublicKey(), ephemeral);
        HPKEContextWithEncapsulation context = suite().setupBaseS(recipient.parameters(), info, ephemeralPair);
        try {
            return new Sealed(context.getEncapsulation(), context.seal(associatedData, plaintext));
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("HPKE sealing failed", e);
        }
    }

    /**
     * @throws AuthenticationFailedException if the encapsulation or ciphertext was modified, or the
     *     message was sealed to another key or with another info / associated data
     */
    static byte[] open(X25519KeyPair recipient, byte[] enc, byte[] info, byte[] associatedData, byte[] ciphertext, String what) {
        if (enc.length != ENC_LENGTH) {
            throw new MalformedCiphertextException(what + ": HPKE encapsulation must be " + ENC_LENGTH + " bytes");
        }
        HPKEContext context;
        try {
            context = suite().setupBaseR(enc, recipient.asBouncyCastle(), info);
        } catch (RuntimeException e) {
            // Bouncy Castle refuses an encapsulation that is a point of small order (all-zero shared secret).
            throw new AuthenticationFailedException(what + ": invalid HPKE encapsulation", e);
        }
        try {
            return context.open(associatedData, ciphertext);
        } catch (InvalidCipherTextException e) {
            throw new AuthenticationFailedException(what + " failed authentication: modified, sealed to another key, or opened for another context");
        }
    }

    private static HPKE suite() {
        return new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM256);
    }
}
