package io.aitbc.service.zkml;

import io.aitbc.domain.job.JobKind;
import io.aitbc.domain.model.CircuitArtifacts;
import io.aitbc.domain.model.CircuitStatus;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.shared.ConflictException;
import io.aitbc.model.zkml.ZkmlArtifacts;
import io.aitbc.service.jobs.BatchJobs;
import io.aitbc.service.jobs.JobTracker;
import io.aitbc.service.jobs.PreparationJobs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** The transactional side of circuit builds: queueing the job, and the version's circuit state as the job moves. */
@Stateless
public class CircuitJobs {

    @Inject
    JobTracker tracker;

    @Inject
    PreparationJobs preparation;

    /**
     * Queues the build of the version's circuit (launched once this transaction commits). Refused (409) while the
     * circuit is being built or is ready, and for a version that cannot be quantized.
     */
    public long queue(long versionId) {
        ModelVersion v = preparation.version(versionId);
        CircuitStatus status = v.circuit().status();
        if (status == CircuitStatus.BUILDING || status == CircuitStatus.READY) {
            throw new ConflictException("the circuit of model " + v.model().id() + " version " + v.number() + " is "
                    + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (v.commitment().isEmpty()) {
            throw new ConflictException("model " + v.model().id() + " version " + v.number() + " cannot run under zkML: "
                    + v.circuit().error());
        }
        long job = preparation.queue(v, JobKind.CIRCUIT_SETUP, BatchJobs.CIRCUIT_BUILD).id();
        v.updateCircuit(CircuitArtifacts.buildingBy(job));
        return job;
    }

    /** The version a circuit job builds. */
    public long versionOf(long jobId) {
        return preparation.versionOf(jobId, JobKind.CIRCUIT_SETUP).id();
    }

    /** The build published its artifacts: the version's circuit is ready and the job done. */
    public void ready(long jobId, ZkmlArtifacts artifacts) {
        ModelVersion v = preparation.versionOf(jobId, JobKind.CIRCUIT_SETUP);
        var c = artifacts.inference();
        v.updateCircuit(CircuitArtifacts.ready(c.wasm().toUri().toString(), c.r1cs().toUri().toString(),
                c.zkey().toUri().toString(), c.verificationKey().toUri().toString()).by(jobId));
        if (!tracker.state(jobId).finished()) {
            tracker.complete(jobId);
        }
    }

    /** The build failed: the version's circuit records why (the job's failure is recorded by the batch listener). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long jobId, String reason) {
        ModelVersion v = preparation.versionOf(jobId, JobKind.CIRCUIT_SETUP);
        v.updateCircuit(CircuitArtifacts.failed(reason).by(jobId));
    }

}
