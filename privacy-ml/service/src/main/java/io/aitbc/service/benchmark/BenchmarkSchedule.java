package io.aitbc.service.benchmark;

import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refreshes every listed model's measured performance figures on a schedule: an EJB timer starts a
 * benchmark run (as the platform itself, with the admin role) every {@code aitbc.benchmark.interval-minutes}
 * (default 360; 0 switches the schedule off). The first run comes one interval after the server starts.
 */
@Singleton
@Startup
public class BenchmarkSchedule {

    private static final Logger LOG = Logger.getLogger(BenchmarkSchedule.class.getName());
    /** Who the scheduled runs are recorded as (owner of their benchmark jobs). */
    public static final Caller SCHEDULER = new Caller("system:benchmark-schedule", Set.of(Role.ADMIN));

    @Resource
    TimerService timers;

    @Inject
    BenchmarkService benchmarks;

    @Inject
    @ConfigProperty(name = "aitbc.benchmark.interval-minutes", defaultValue = "360")
    long intervalMinutes;

    @PostConstruct
    void schedule() {
        if (intervalMinutes <= 0) {
            LOG.info("scheduled benchmark runs are off (aitbc.benchmark.interval-minutes=" + intervalMinutes + ")");
            return;
        }
        long interval = Duration.ofMinutes(intervalMinutes).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("benchmark schedule", false));
    }

    @Timeout
    void run() {
        try {
            int started = benchmarks.startRun(SCHEDULER, null).size();
            LOG.info("scheduled benchmark run started for " + started + " listed model(s)");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled benchmark run could not start; next interval tries again", e);
        }
    }
}
