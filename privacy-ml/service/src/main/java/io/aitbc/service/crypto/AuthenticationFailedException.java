package io.aitbc.service.crypto;

/**
 * The authentication tag did not verify: the ciphertext was modified, or it is opened with the wrong
 * key material or the wrong context (associated data). AES-GCM cannot tell these cases apart.
 */
public class AuthenticationFailedException extends EncryptionException {

    public AuthenticationFailedException(String message) {
        super(message);
    }

    public AuthenticationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
