package io.aitbc.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.function.Supplier;

/** A request that is well-formed but breaks a domain rule (a 400 for the API). */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }

    /** Runs a domain operation; the IllegalArgumentException a domain rule throws becomes a bad request. */
    public static <T> T unlessRejected(Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }
}
