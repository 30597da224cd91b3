package io.aitbc.model.zkml;

/**
 * The circuit and the Java quantized reference disagree (public signals differ), or the fresh proof does not verify:
 * a bug or wrong artifacts, never the caller's fault. The proof is withheld rather than returned.
 */
public final class CircuitMismatchException extends IllegalStateException {

    public CircuitMismatchException(String message) {
        super(message);
    }
}
