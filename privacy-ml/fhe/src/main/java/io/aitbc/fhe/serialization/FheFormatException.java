package io.aitbc.fhe.serialization;

/** Serialized data that is not a valid object of the expected kind: truncated, corrupted, or of another type/version. */
public final class FheFormatException extends IllegalArgumentException {

    public FheFormatException(String message) {
        super(message);
    }

    public FheFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
