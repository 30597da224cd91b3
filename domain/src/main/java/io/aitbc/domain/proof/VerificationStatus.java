package io.aitbc.domain.proof;

/** Whether a proof has been checked against its verification key. */
public enum VerificationStatus {
    UNVERIFIED, VERIFIED, REJECTED
}
