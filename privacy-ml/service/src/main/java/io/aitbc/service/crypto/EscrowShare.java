package io.aitbc.service.crypto;

/**
 * One escrow agent's share of a data key, as opened from an {@link EscrowBundle}. Secret: it travels to
 * whoever recovers the key only sealed to them ({@link KeyEscrow#handOver}).
 */
public final class EscrowShare {

    private final KeyId dataKeyId;
    private final KeyId agentId;
    private final ShamirShare share;

    EscrowShare(KeyId dataKeyId, KeyId agentId, ShamirShare share) {
        this.dataKeyId = dataKeyId;
        this.agentId = agentId;
        this.share = share;
    }

    public KeyId dataKeyId() {
        return dataKeyId;
    }

    public KeyId agentId() {
        return agentId;
    }

    /** The share's x-coordinate, 1..n. */
    public int index() {
        return share.x();
    }

    ShamirShare share() {
        return share;
    }

    @Override
    public String toString() {
        return "EscrowShare[dataKey=" + dataKeyId + ", agent=" + agentId + ", index=" + share.x() + "]";
    }
}
