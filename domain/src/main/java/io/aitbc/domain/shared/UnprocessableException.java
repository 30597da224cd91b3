package io.aitbc.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * The request is well-formed but its content cannot be used (a 422 for the API): an ONNX model with
 * unsupported operators, keys or a ciphertext of another parameter set, missing rotation keys.
 */
@ApplicationException(rollback = true)
public class UnprocessableException extends RuntimeException {

    public UnprocessableException(String message) {
        super(message);
    }
}
