package io.aitbc.domain.marketplace;

import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;

/** Proof verifications, newest first. */
public interface VerificationHistory {

    ProofVerificationRecord store(ProofVerificationRecord record);

    /** All verifications, or those of one model when {@code modelIdOrNull} is set. */
    Page<ProofVerificationRecord> list(Long modelIdOrNull, PageRequest page);
}
