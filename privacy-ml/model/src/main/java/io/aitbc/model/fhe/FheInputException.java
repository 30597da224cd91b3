package io.aitbc.model.fhe;

/**
 * Something a client sent for encrypted inference cannot be used: the base of the typed errors a
 * REST layer maps to 4xx ({@link #reason()} says which). Messages name the problem and never include
 * key or ciphertext contents.
 */
public sealed class FheInputException extends IllegalArgumentException
        permits FheInputException.WrongInputShape, FheInputException.ParameterSetMismatch,
                FheInputException.MissingEvaluationKeys, FheInputException.UnusableCiphertext {

    /** What was wrong, for mapping to a status code or an error code. */
    public enum Reason { WRONG_INPUT_SHAPE, PARAMETER_SET_MISMATCH, MISSING_EVALUATION_KEYS, UNUSABLE_CIPHERTEXT }

    private final Reason reason;

    private FheInputException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() { return reason; }

    /** The plaintext input does not have the model's input shape (client side, before encryption). */
    public static final class WrongInputShape extends FheInputException {
        public WrongInputShape(String message) { super(Reason.WRONG_INPUT_SHAPE, message, null); }
    }

    /** A ciphertext or key set belongs to another parameter set than the model's profile. */
    public static final class ParameterSetMismatch extends FheInputException {
        public ParameterSetMismatch(String message, Throwable cause) { super(Reason.PARAMETER_SET_MISMATCH, message, cause); }
    }

    /** The evaluation keys lack rotation keys (listed) or the relinearization key the model needs. */
    public static final class MissingEvaluationKeys extends FheInputException {
        private final int[] missingRotations;

        public MissingEvaluationKeys(String message, int[] missingRotations) {
            super(Reason.MISSING_EVALUATION_KEYS, message, null);
            this.missingRotations = missingRotations.clone();
        }

        public int[] missingRotations() { return missingRotations.clone(); }
    }

    /** The ciphertext (or key bytes) is malformed, under another secret key, at too low a level, or not a fresh degree-1 ciphertext. */
    public static final class UnusableCiphertext extends FheInputException {
        public UnusableCiphertext(String message, Throwable cause) { super(Reason.UNUSABLE_CIPHERTEXT, message, cause); }
    }
}
