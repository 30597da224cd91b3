package io.aitbc.marketplace.chain;

import io.aitbc.contracts.tx.ContractRevertedException;

import java.util.Optional;

/**
 * A contract refused the operation (e.g. {@code NullifierAlreadySpent}, {@code InvalidProof}, {@code NotModelOwner}).
 * Sending it again unchanged gives the same answer.
 */
public final class TransactionRevertedException extends ChainException {
    private final String errorName;
    private final String transactionHash;

    public TransactionRevertedException(String operation, ContractRevertedException cause) {
        super(operation + " reverted: " + cause.getMessage(), cause);
        this.errorName = cause.errorName();
        this.transactionHash = cause.transactionHash().orElse(null);
    }

    /** The contract's error name, "unknown" when the revert carried no data we could decode. */
    public String errorName() {
        return errorName;
    }

    /** The mined transaction, if it was sent; empty when the revert showed in the gas estimate, before signing. */
    public Optional<String> transactionHash() {
        return Optional.ofNullable(transactionHash);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
