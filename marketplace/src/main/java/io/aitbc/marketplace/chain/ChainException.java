package io.aitbc.marketplace.chain;

/**
 * A chain operation failed. Each kind says whether trying again later can help, so a job can record the failure and
 * be retried without losing anything.
 */
public abstract sealed class ChainException extends Exception
        permits ChainUnreachableException, WrongChainIdException, TransactionRevertedException,
        TransactionNotConfirmedException {

    protected ChainException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the same operation may succeed when tried again unchanged. */
    public abstract boolean retryable();
}
