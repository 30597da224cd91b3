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
        GCMModeCipher gcm = init(true, key, nonce, associatedData);
        byte[] out = new byte[gcm.getOutputSize(plaintext.length)];
        int written = gcm.processBytes(plaintext, 0, plaintext.length, out, 0);
        try {
            gcm.doFinal(out, written);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
        return out;
    }

    /** @throws AuthenticationFailedException if the tag does not verify */
    static byte[] open(byte[] key, byte[] nonce, byte[] associatedData, byte[] ciphertextAndTag, String what) {
        if (ciphertextAndTag.length < TAG_LENGTH) {
            throw new MalformedCiphertextException(what + " is truncated: shorter than the " + TAG_LENGTH + "-byte tag");
        }
        GCMModeCipher gcm = init(false, key, nonce, associatedData);
        byte[] out = new byte[gcm.getOutputSize(ciphertextAndTag.length)];
        int written = gcm.processBytes(ciphertextAndTag, 0, ciphertextAndTag.length, out, 0);
        try {
            gcm.doFinal(out, written);
        } catch (InvalidCipherTextException e) {
            java.util.Arrays.fill(out, (byte) 0);
            throw new AuthenticationFailedException(what + " failed authentication: modified, wrong key, or wrong context");
        }
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
