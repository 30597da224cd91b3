package io.aitbc.model.zkml;

/**
 * The input cannot be proven with this model (a client error, never a server fault): it has the wrong number of
 * values, a value outside the model's fixed-point input range (ZKML-SPEC §1: {@code bIn} bits with {@code fA}
 * fractional bits, so e.g. |x| < 128 for the defaults), or it drives an activation beyond the 32-bit range.
 */
public final class ZkmlInputException extends IllegalArgumentException {

    public enum Reason { WRONG_SHAPE, INPUT_OUT_OF_RANGE, ACTIVATION_OUT_OF_RANGE }

    private final Reason reason;

    public ZkmlInputException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
