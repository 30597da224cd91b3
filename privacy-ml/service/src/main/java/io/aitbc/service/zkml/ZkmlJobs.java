package io.aitbc.service.zkml;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.job.JobCheckpoint;
import io.aitbc.domain.job.JobCheckpointRepository;
import io.aitbc.domain.job.JobResult;
import io.aitbc.domain.payload.EncryptedPayload;
import io.aitbc.domain.payload.EncryptedPayloadRepository;
import io.aitbc.domain.payload.PayloadScheme;
import io.aitbc.domain.proof.Proof;
import io.aitbc.domain.proof.ProofRepository;
import io.aitbc.domain.proof.ProofSystem;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.marketplace.reputation.ReputationService;
import io.aitbc.marketplace.reputation.VerificationOutcome;
import io.aitbc.model.zkml.ZkmlProof;
import io.aitbc.service.jobs.JobTracker;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The transactional side of zkml jobs. The proof, the result and the job's checkpoint (which names both) commit
 * together, so a job restarted after a crash finds its proof instead of proving twice.
 */
@Stateless
public class ZkmlJobs {

    /** What a zkml job works on, and what it has produced so far (null ids before the proof is stored). */
    public record Work(long jobId, long versionId, long modelId, String owner, byte[] input, Long proofId,
                       Long resultPayloadId) {
    }

    @Inject
    InferenceJobRepository jobs;

    @Inject
    EncryptedPayloadRepository payloads;

    @Inject
    ProofRepository proofs;

    @Inject
    JobCheckpointRepository checkpoints;

    @Inject
    JobTracker tracker;

    @Inject
    ReputationService reputation;

    public Work work(long jobId) {
        InferenceJob job = jobs.find(jobId).orElseThrow(() -> new NotFoundException("job", jobId));
        long inputId = job.inputPayloadId().orElseThrow(() -> new IllegalStateException("zkml job " + jobId + " has no input"));
        byte[] input = payloads.find(inputId).orElseThrow(() -> new NotFoundException("payload", inputId)).content();
        Long proofId = null;
        Long resultId = null;
        var checkpoint = checkpoints.find(jobId);
        if (checkpoint.isPresent()) {
            String[] ids = new String(checkpoint.get().state(), StandardCharsets.US_ASCII).split(":");
            proofId = Long.parseLong(ids[0]);
            resultId = Long.parseLong(ids[1]);
        }
        return new Work(jobId, job.modelVersion().id(), job.modelVersion().model().id(), job.owner(), input, proofId,
                resultId);
    }

    /** Stores the proof and the result (output JSON) and checkpoints the job after its proving step. */
    public Work store(Work work, ZkmlProof proof) {
        Instant now = Instant.now();
        Proof stored = proofs.store(new Proof(work.jobId(), work.versionId(), ProofSystem.GROTH16_BN254,
                proof.proofJson(), proof.publicJson(), now));
        EncryptedPayload result = payloads.store(new EncryptedPayload(work.owner(), PayloadScheme.PLAINTEXT,
                ZkmlInferenceStrategy.OUTPUT_FORMAT, null, output(stored.id(), proof), now));
        byte[] state = (stored.id() + ":" + result.id()).getBytes(StandardCharsets.US_ASCII);
        checkpoints.store(new JobCheckpoint(work.jobId(), 1, state, now));
        return new Work(work.jobId(), work.versionId(), work.modelId(), work.owner(), work.input(), stored.id(), result.id());
    }

    public Proof proof(long proofId) {
        return proofs.find(proofId).orElseThrow(() -> new NotFoundException("proof", proofId));
    }

    /**
     * Records a stored proof's verification on the proof and in the reputation of the model's listings (verification
     * history, verified/failed proof counts), in one transaction.
     */
    public void recordVerification(long modelId, long proofId, boolean valid, Duration took) {
        proof(proofId).recordVerification(valid, took, Instant.now());
        reputation.recordVerification(valid ? VerificationOutcome.verified(modelId, proofId, took)
                : VerificationOutcome.rejected(modelId, proofId, took));
    }

    public void recordAnchored(long proofId, String transaction, String reference) {
        proof(proofId).recordAnchored(transaction, reference, Instant.now());
    }

    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void recordAnchorFailure(long proofId, String reason) {
        proof(proofId).recordAnchorFailure(reason);
    }

    /** The job is done: its result and proof become visible to its owner. */
    public void succeed(Work work) {
        if (!tracker.state(work.jobId()).finished()) {
            tracker.succeed(work.jobId(), new JobResult(work.resultPayloadId(), work.proofId()));
        }
        checkpoints.remove(work.jobId());
    }

    /** The result document: the output (class, logits as fixed point and as reals) and the public statement. */
    private static byte[] output(long proofId, ZkmlProof p) {
        var logits = Json.createArrayBuilder();
        var real = Json.createArrayBuilder();
        for (long z : p.logits()) {
            logits.add(z);
        }
        for (double r : p.realLogits()) {
            real.add(r);
        }
        return Json.createObjectBuilder()
                .add("proofId", proofId)
                .add("predictedClass", p.predictedClass())
                .add("logits", real)
                .add("fixedPointLogits", logits)
                .add("fractionBits", p.activationFractionBits())
                .add("modelCommitment", p.statement().modelCommitment().toString())
                .add("inputHash", p.statement().inputHash().toString())
                .add("outputHash", p.statement().outputHash().toString())
                .build().toString().getBytes(StandardCharsets.UTF_8);
    }
}
