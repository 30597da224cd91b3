package io.aitbc.marketplace.chain;

/**
 * A transaction was sent but no receipt came within the configured wait. It may still be mined: retry an
 * idempotent operation (anchoring checks the state first) or look the transaction up.
 */
public final class TransactionNotConfirmedException extends ChainException {
    public TransactionNotConfirmedException(String operation, Throwable cause) {
        super(operation + " not confirmed: " + cause.getMessage(), cause);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
