package io.aitbc.domain.job;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** How far a job is: percent done, the current step's name and the estimated completion time. */
@Embeddable
public class JobProgress {

    public static final int MAX_STEP = 200;

    @Column(name = "progress_percent", nullable = false)
    private int percent;

    @Column(name = "progress_step", length = MAX_STEP)
    private String step;

    @Column(name = "progress_eta")
    private Instant eta;

    protected JobProgress() {
        // for JPA
    }

    public JobProgress(int percent, String step, Instant eta) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in 0..100, was " + percent);
        }
        if (step != null && step.length() > MAX_STEP) {
            throw new IllegalArgumentException("step names are at most " + MAX_STEP + " characters");
        }
        this.percent = percent;
        this.step = step;
        this.eta = eta;
    }

    public static JobProgress none() {
        return new JobProgress(0, null, null);
    }

    public int percent() {
        return percent;
    }

    public String step() {
        return step;
    }

    /** Estimated completion, or null when unknown. */
    public Instant eta() {
        return eta;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobProgress p && percent == p.percent && Objects.equals(step, p.step) && Objects.equals(eta, p.eta);
    }

    @Override
    public int hashCode() {
        return Objects.hash(percent, step, eta);
    }
}
