package io.aitbc.fhe.rlwe;

/** Objects of different parameter sets (or schemes) were combined. */
public final class ParameterMismatchException extends IllegalArgumentException {

    public ParameterMismatchException(String message) {
        super(message);
    }

    /** Throws unless both objects belong to the same parameter set. */
    public static void requireSame(SchemeParameters expected, SchemeParameters actual, String what) {
        if (expected != actual && !expected.id().equals(actual.id())) {
            throw new ParameterMismatchException(what + " belongs to parameter set " + actual.id().shortHex()
                    + " (" + actual.name() + "), expected " + expected.id().shortHex() + " (" + expected.name() + ")");
        }
    }
}
