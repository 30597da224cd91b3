package io.aitbc.model.hybrid;

/** A hybrid message could not be read: wrong magic, version or type, truncated, corrupted or malformed. */
public final class HybridFormatException extends RuntimeException {

    public HybridFormatException(String message) {
        super(message);
    }
}
