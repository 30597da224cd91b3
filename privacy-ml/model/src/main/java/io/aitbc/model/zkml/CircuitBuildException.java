package io.aitbc.model.zkml;

/**
 * A circuit build step failed: circom rejected the main or ran out of memory (the message carries the end of its
 * output), no powers-of-tau file is large enough, or a file could not be written.
 */
public class CircuitBuildException extends RuntimeException {
    private final BuildStep step;

    public CircuitBuildException(BuildStep step, String message) {
        super(step + " failed: " + message);
        this.step = step;
    }

    public CircuitBuildException(BuildStep step, String message, Throwable cause) {
        super(step + " failed: " + message, cause);
        this.step = step;
    }

    public BuildStep step() {
        return step;
    }
}
