package io.aitbc.domain.shared;

import jakarta.ejb.ApplicationException;

/** The request contradicts the current state (for example deleting a model that jobs still use). */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
