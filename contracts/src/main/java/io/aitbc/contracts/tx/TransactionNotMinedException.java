package io.aitbc.contracts.tx;

import java.io.IOException;

/** A transaction was sent but its receipt did not come within the wait; it may still be mined later. */
public final class TransactionNotMinedException extends IOException {
    public TransactionNotMinedException(String message, Throwable cause) {
        super(message, cause);
    }
}
