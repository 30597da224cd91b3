package io.aitbc.service.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds how many jobs run heavy cryptography (Groth16 proving, hybrid evaluation) at once. The batch runtime
 * starts every submitted job on its own thread; without a bound, a burst of submissions loads and runs as many
 * provers as there are jobs, each already parallel over all cores, until the heap is exhausted and request threads
 * starve. Waiting jobs stay queued (visible in their progress) and take a slot in arrival order.
 */
@ApplicationScoped
public class ComputeSlots {

    private static final Logger LOG = Logger.getLogger(ComputeSlots.class.getName());

    @Inject
    @ConfigProperty(name = "aitbc.jobs.concurrent-computations", defaultValue = "0")
    int configured;

    @Inject
    JobTracker tracker;

    private Semaphore slots;

    @PostConstruct
    void init() {
        int n = configured > 0 ? configured : defaultSlots(Runtime.getRuntime().availableProcessors());
        slots = new Semaphore(n, true);
        LOG.info(() -> "heavy computations run at most " + n + " at a time (aitbc.jobs.concurrent-computations)");
    }

    /** One computation per two cores (each one is itself multi-threaded), at least one. */
    static int defaultSlots(int cores) {
        return Math.max(1, cores / 2);
    }

    /** Runs {@code work} for the job once a slot is free; the job's progress says it is waiting meanwhile. */
    public <T> T run(long jobId, ProgressUpdate waiting, Supplier<T> work) {
        if (!slots.tryAcquire()) {
            tracker.progress(jobId, waiting);
            slots.acquireUninterruptibly();
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
