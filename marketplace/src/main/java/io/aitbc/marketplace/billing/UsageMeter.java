package io.aitbc.marketplace.billing;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Meters completed inference jobs for billing: one usage record per succeeded job (consumer, model, privacy
 * level, units, the listing's unit price). Job runners call {@link #meter(long)} once a job's success is
 * committed; a sweep ({@link MeteringSweep}) meters any succeeded job that was missed, so none is lost,
 * and the database refuses a second record for a job, so none is billed twice.
 */
@Local
public interface UsageMeter {

    /**
     * Meters the job in a transaction of its own. Empty when the job is not a succeeded inference job or
     * was metered already.
     */
    Optional<UsageView> meter(long jobId);

    /** Succeeded inference jobs without a usage record, oldest first. */
    List<Long> jobsAwaitingMetering(int max);
}
