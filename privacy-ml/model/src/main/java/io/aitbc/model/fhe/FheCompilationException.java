package io.aitbc.model.fhe;

/**
 * A model cannot be compiled for encrypted inference as asked: an activation needs an approximation the
 * owner did not allow, the model is deeper than every parameter set, a layer does not fit one ciphertext,
 * the precision target is missed, or a stored profile does not belong to the model.
 */
public final class FheCompilationException extends IllegalArgumentException {

    public FheCompilationException(String message) {
        super(message);
    }
}
