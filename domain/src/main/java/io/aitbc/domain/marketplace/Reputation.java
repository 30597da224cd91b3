package io.aitbc.domain.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Counters from which a listing's reputation is derived: verified and rejected proofs, completed jobs. */
@Embeddable
public class Reputation {

    @Column(name = "verified_proofs", nullable = false)
    private long verifiedProofs;

    @Column(name = "failed_proofs", nullable = false)
    private long failedProofs;

    @Column(name = "completed_jobs", nullable = false)
    private long completedJobs;

    protected Reputation() {
        // for JPA (and a fresh listing: all zero)
    }

    static Reputation fresh() {
        return new Reputation();
    }

    void recordProof(boolean verified) {
        if (verified) {
            verifiedProofs++;
        } else {
            failedProofs++;
        }
    }

    void recordCompletedJob() {
        completedJobs++;
    }

    public long verifiedProofs() {
        return verifiedProofs;
    }

    public long failedProofs() {
        return failedProofs;
    }

    public long completedJobs() {
        return completedJobs;
    }

    /** Share of verified proofs among all checked, in [0, 1]; 0 when none was checked yet. */
    public double score() {
        long total = verifiedProofs + failedProofs;
        return total == 0 ? 0.0 : (double) verifiedProofs / total;
    }
}
