package io.aitbc.service.hybrid;

import io.aitbc.domain.shared.UnprocessableException;
import io.aitbc.model.hybrid.HybridFormatException;
import io.aitbc.model.hybrid.HybridProofException;
import jakarta.ejb.EJBException;
import java.util.function.Supplier;

/**
 * Turns the hybrid library's refusals into the API's 422 (problem details): bytes that are not a valid message and
 * proofs that do not verify are both unprocessable input; the message names the problem, never key contents.
 */
final class HybridProblems {

    private HybridProblems() {
    }

    /** @param what what was sent, e.g. "the input" */
    static <T> T refuse(Supplier<T> check, String what) {
        try {
            return check.get();
        } catch (RuntimeException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof HybridFormatException) {
                throw new UnprocessableException(what + " is not a valid hybrid message: " + cause.getMessage() + "; nothing was computed");
            }
            if (cause instanceof HybridProofException) {
                throw new UnprocessableException(what + " is refused: " + cause.getMessage() + "; nothing was computed");
            }
            throw e;
        }
    }

    /**
     * The library's exception behind the container's: {@link HybridProofGenerator} is an EJB, and the container wraps
     * runtime exceptions that are not application exceptions in an EJBException.
     */
    static Throwable unwrap(RuntimeException e) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
