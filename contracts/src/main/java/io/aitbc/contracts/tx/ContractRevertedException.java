package io.aitbc.contracts.tx;

import java.util.Optional;

/**
 * A contract call or transaction reverted. Carries the raw revert data and, where an ABI knows it, the decoded error.
 * Unchecked because web3j's gas-provider and wrapper interfaces admit no checked exception of ours.
 */
public final class ContractRevertedException extends RuntimeException {
    private final String revertData;
    private final transient DecodedRevert decoded;
    private final String transactionHash;

    public ContractRevertedException(String message, String revertData, DecodedRevert decoded, String transactionHash) {
        super(message + (decoded != null ? ": " + decoded : revertData != null ? ": revert data " + revertData : ""));
        this.revertData = revertData;
        this.decoded = decoded;
        this.transactionHash = transactionHash;
    }

    /** The error as the contract raised it, where known. */
    public Optional<DecodedRevert> decoded() {
        return Optional.ofNullable(decoded);
    }

    /** Name of the decoded error, or "unknown". */
    public String errorName() {
        return decoded == null ? "unknown" : decoded.name();
    }

    public Optional<String> revertData() {
        return Optional.ofNullable(revertData);
    }

    /** The mined transaction that reverted; empty when the revert was found before sending (gas estimate). */
    public Optional<String> transactionHash() {
        return Optional.ofNullable(transactionHash);
    }
}
