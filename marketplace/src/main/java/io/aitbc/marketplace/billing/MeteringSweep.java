package io.aitbc.marketplace.billing;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 20 seconds, meters the succeeded inference jobs nobody metered yet (a runner that crashed between
 * committing the job and metering it, or one that does not meter at all). Each job in its own transaction.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MeteringSweep {

    private static final Logger LOG = Logger.getLogger(MeteringSweep.class.getName());
    static final int BATCH = 500;

    @Inject
    UsageMeter meter;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false, info = "metering sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        try {
            int metered = 0;
            for (long jobId : meter.jobsAwaitingMetering(BATCH)) {
                if (meter.meter(jobId).isPresent()) {
                    metered++;
                }
            }
            if (metered > 0) {
                LOG.info("metered " + metered + " completed job(s)");
            }
        } catch (RuntimeException e) {
            // a timer that throws is retried at once and then dropped; the next tick tries again anyway
            LOG.log(Level.WARNING, "metering sweep failed; retried at the next tick", e);
        }
    }
}
