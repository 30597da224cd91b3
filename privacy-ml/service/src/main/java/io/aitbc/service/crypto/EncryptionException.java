package io.aitbc.service.crypto;

/**
 * Base of every failure raised by this package. Messages name formats, key ids and sizes, never key
 * material or plaintext.
 */
public class EncryptionException extends RuntimeException {

    public EncryptionException(String message) {
        super(message);
    }

    public EncryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
