package io.aitbc.fhe.rlwe;

/** A ciphertext or evaluation key was used with a key of another secret (same parameter set). */
public final class WrongKeyException extends IllegalArgumentException {

    public WrongKeyException(String message) {
        super(message);
    }
}
