package io.aitbc.domain.shared;

import jakarta.ejb.ApplicationException;

/** The requested thing does not exist (or the caller may not know that it does). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, long id) {
        super(what + " " + id + " does not exist");
    }
}
