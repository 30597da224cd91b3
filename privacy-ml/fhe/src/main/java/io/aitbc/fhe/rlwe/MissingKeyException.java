package io.aitbc.fhe.rlwe;

/** An operation needs an evaluation key (relinearization or a Galois key) that was not provided. */
public final class MissingKeyException extends IllegalStateException {

    public MissingKeyException(String message) {
        super(message);
    }
}
