package io.aitbc.service.crypto;

/** The object names a key (by id) that the caller did not supply or does not hold. */
public class KeyUnavailableException extends EncryptionException {

    public KeyUnavailableException(String message) {
        super(message);
    }
}
