package io.aitbc.marketplace.reputation;

import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.ejb.Local;

/**
 * A model's reputation: every verified or rejected proof of it is counted on each of its listings and kept
 * in the verification history. The proof verification code calls {@link #recordVerification} in its own
 * transaction (so a verification that rolls back is not counted).
 */
@Local
public interface ReputationService {

    void recordVerification(VerificationOutcome outcome);

    /** The verification history, newest first; all models or one. */
    Page<VerificationView> history(Long modelIdOrNull, PageRequest page);
}
