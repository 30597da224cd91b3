package io.aitbc.service.crypto;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/** AES-256-GCM with explicit nonce, through Bouncy Castle's lightweight API. */
final class AesGcm {

    static final int NONCE_LENGTH = 12;
    static final int TAG_LENGTH = 16;

    private AesGcm() {
    }

    static byte[] seal(byte[] key, byte[] nonce, byte[] associatedData, byte[] plaintext) {
        try {
            return process(init(true, key, nonce, associatedData), plaintext);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** @throws AuthenticationFailedException if the tag does not verify */
    static byte[] open(byte[] key, byte[] nonce, byte[] associatedData, byte[] ciphertextAndTag, String what) {
        if (ciphertextAndTag.length < TAG_LENGTH) {
            throw new MalformedCiphertextException(what + " is truncated: shorter than the " + TAG_LENGTH + "-byte tag");
        }
        try {
            return process(init(false, key, nonce, associatedData), ciphertextAndTag);
        } catch (InvalidCipherTextException e) {
            throw new AuthenticationFailedException(what + " failed authentication: modified, wrong key, or wrong context");
        }
    }

    /** Bouncy Castle's GCM decryption buffers the output until the tag is verified, then releases it. */
    private static byte[] process(GCMModeCipher gcm, byte[] input) throws InvalidCipherTextException {
        byte[] out = new byte[gcm.getOutputSize(input.length)];
        int written = gcm.processBytes(input, 0, input.length, out, 0);
        gcm.doFinal(out, written);
        return out;
    }

    private static GCMModeCipher init(boolean encrypt, byte[] key, byte[] nonce, byte[] associatedData) {
        if (key.length != AesKey.LENGTH) {
            throw new IllegalArgumentException("AES-256 key must be 32 bytes");
        }
        if (nonce.length != NONCE_LENGTH) {
            throw new IllegalArgumentException("GCM nonce must be 12 bytes");
        }
        GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_LENGTH * 8, nonce, associatedData));
        return gcm;
    }
}
