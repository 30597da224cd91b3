package io.aitbc.model.hybrid;

/**
 * A hybrid message was rejected: a proof does not verify, or the message does not fit the statement (another
 * parameter set or key, a malformed ciphertext). REST maps it to 422 Unprocessable Entity.
 */
public final class HybridProofException extends RuntimeException {

    public HybridProofException(String message) {
        super(message);
    }

    public HybridProofException(String message, Throwable cause) {
        super(message, cause);
    }
}
