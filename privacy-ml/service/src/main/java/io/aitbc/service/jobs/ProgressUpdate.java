package io.aitbc.service.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * A job's progress: the fraction of its work done, the step it is at and when it should finish.
 *
 * @param eta estimated completion, or null when it cannot be estimated yet
 */
public record ProgressUpdate(double fraction, String step, Instant eta) {

    public ProgressUpdate {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in [0, 1], was " + fraction);
        }
    }

    public int percent() {
        return (int) Math.floor(fraction * 100);
    }

    /**
     * Estimates the completion time from the work done since the execution (re)started: a resumed job is
     * judged by its current speed, not by the time lost in a crash.
     *
     * @param since     when this execution began
     * @param atStart   the fraction already done then (work restored from a checkpoint)
     */
    public static ProgressUpdate estimate(double fraction, String step, Instant since, double atStart, Instant now) {
        double doneHere = fraction - atStart;
        Instant eta = null;
        if (doneHere > 0 && fraction < 1) {
            long elapsed = Duration.between(since, now).toMillis();
            eta = now.plusMillis(Math.round(elapsed * (1 - fraction) / doneHere));
        } else if (fraction >= 1) {
            eta = now;
        }
        return new ProgressUpdate(Math.min(1, fraction), step, eta);
    }
}
