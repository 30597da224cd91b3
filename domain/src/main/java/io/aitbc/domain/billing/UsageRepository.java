package io.aitbc.domain.billing;

import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Usage records of completed inference jobs. */
public interface UsageRepository {

    /** Who is asking for usage records: its consumer, the model's owner, or everyone's (admin). */
    enum Party { CONSUMER, MODEL_OWNER, ANY }

    UsageRecord store(UsageRecord record);

    Optional<UsageRecord> findByJob(long jobId);

    /** Records newest first; {@code subject} is ignored for {@link Party#ANY}. */
    Page<UsageRecord> list(Party party, String subject, PageRequest page);

    /**
     * Totals per model owner, model and privacy level of the records in [from, to); only the given owner's
     * models when {@code modelOwnerOrNull} is set.
     */
    List<BillingLine> summarize(String modelOwnerOrNull, Instant from, Instant to);

    /** Ids of succeeded inference jobs that have no usage record yet, oldest first. */
    List<Long> jobsAwaitingMetering(int max);
}
