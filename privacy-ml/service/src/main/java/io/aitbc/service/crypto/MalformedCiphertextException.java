package io.aitbc.service.crypto;

/** The bytes are not a well-formed object of the expected format: truncated, unknown version or algorithm. */
public class MalformedCiphertextException extends EncryptionException {

    public MalformedCiphertextException(String message) {
        super(message);
    }
}
