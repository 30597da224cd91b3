package io.aitbc.domain.shared;

import jakarta.ejb.ApplicationException;

/** The caller is authenticated but may not do this (for example edit another owner's model). */
@ApplicationException(rollback = true)
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
