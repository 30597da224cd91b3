package io.aitbc.domain.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a restartable job stands: the number of steps it has completed and the state to continue from (for
 * example the ciphertext after the last evaluated layer). Written in the same transaction as the batch
 * runtime's checkpoint, so after a crash the job resumes exactly after the last committed step.
 */
@Entity
@Table(name = "job_checkpoint")
public class JobCheckpoint {

    @Id
    @Column(name = "job_id")
    private Long jobId;

    @Column(name = "step", nullable = false)
    private int step;

    // Eager: every reader of a checkpoint needs its state (and a lazily fetched entity was seen to lose updates).
    @Column(name = "state", nullable = false)
    private byte[] state;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JobCheckpoint() {
        // for JPA
    }

    public JobCheckpoint(long jobId, int step, byte[] state, Instant now) {
        this.jobId = jobId;
        advance(step, state, now);
    }

    /** Moves the checkpoint forward; steps never go back (a replayed step would be applied twice). */
    public void advance(int newStep, byte[] newState, Instant now) {
        if (newStep < 0 || newStep < step) {
            throw new IllegalArgumentException("a checkpoint moves forward: step " + newStep + " after " + step);
        }
        if (newState == null || newState.length == 0) {
            throw new IllegalArgumentException("a checkpoint needs its state");
        }
        this.step = newStep;
        this.state = newState.clone();
        this.updatedAt = Objects.requireNonNull(now);
    }

    public long jobId() {
        return jobId;
    }

    /** Steps completed so far. */
    public int step() {
        return step;
    }

    public byte[] state() {
        return state.clone();
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
