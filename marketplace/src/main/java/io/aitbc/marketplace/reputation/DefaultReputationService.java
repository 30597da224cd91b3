package io.aitbc.marketplace.reputation;

import io.aitbc.domain.marketplace.ListingRepository;
import io.aitbc.domain.marketplace.ProofVerificationRecord;
import io.aitbc.domain.marketplace.VerificationHistory;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

@Stateless
public class DefaultReputationService implements ReputationService {

    @Inject
    ListingRepository listings;

    @Inject
    VerificationHistory history;

    @Override
    public void recordVerification(VerificationOutcome outcome) {
        history.store(new ProofVerificationRecord(outcome.modelId(), outcome.proofId(), outcome.verified(), outcome.took(),
                Instant.now()));
        listings.countProof(outcome.modelId(), outcome.verified());
    }

    @Override
    public Page<VerificationView> history(Long modelIdOrNull, PageRequest page) {
        return history.list(modelIdOrNull, page).map(VerificationView::of);
    }
}
