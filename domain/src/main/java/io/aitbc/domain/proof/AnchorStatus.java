package io.aitbc.domain.proof;

/** Whether a verified proof was anchored on chain (null on a proof when anchoring was never attempted). */
public enum AnchorStatus {
    ANCHORED, FAILED
}
