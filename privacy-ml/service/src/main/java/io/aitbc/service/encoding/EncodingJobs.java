package io.aitbc.service.encoding;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.JobKind;
import io.aitbc.domain.model.EncodingStatus;
import io.aitbc.domain.model.ModelEncoding;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.shared.ConflictException;
import io.aitbc.domain.shared.Sha256;
import io.aitbc.service.crypto.EncryptionContext;
import io.aitbc.service.crypto.EncryptionService;
import io.aitbc.service.jobs.BatchJobs;
import io.aitbc.service.jobs.JobTracker;
import io.aitbc.service.jobs.PreparationJobs;
import io.aitbc.service.models.ModelFiles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** The transactional side of model encoding: queueing the job, the sealed weights, the version's state as the job moves. */
@Stateless
public class EncodingJobs {

    @Inject
    EncryptionService encryption;

    @Inject
    JobTracker tracker;

    @Inject
    PreparationJobs preparation;

    /** Queues the encoding of the version (launched once this transaction commits); 409 while one runs. */
    public long queue(long versionId) {
        ModelVersion v = preparation.version(versionId);
        if (v.encoding().status() == EncodingStatus.ENCODING) {
            throw new ConflictException("model " + v.model().id() + " version " + v.number() + " is being encoded by job "
                    + v.encoding().jobId());
        }
        long job = preparation.queue(v, JobKind.MODEL_ENCRYPTION, BatchJobs.MODEL_ENCODING).id();
        v.updateEncoding(ModelEncoding.encodingBy(job));
        return job;
    }

    /** The version a model-encoding job encodes. */
    public long versionOf(long jobId) {
        return preparation.versionOf(jobId, JobKind.MODEL_ENCRYPTION).id();
    }

    /**
     * Opens the version's sealed ONNX file (which authenticates it), checks it against the SHA-256 recorded at
     * registration, and re-wraps its data key under the primary key-encryption key if it was sealed under an older
     * one (the file itself is not re-encrypted). Returns whether it was re-wrapped.
     */
    public boolean sealWeights(long jobId) {
        ModelVersion v = preparation.versionOf(jobId, JobKind.MODEL_ENCRYPTION);
        byte[] sealed = v.onnxSealed().orElseThrow(() -> new ConflictException("model " + v.model().id() + " version "
                + v.number() + " has no stored ONNX file"));
        EncryptionContext context = ModelFiles.onnxContext(v.model().id(), v.number());
        if (!Sha256.hex(encryption.open(sealed, context)).equals(v.onnxSha256())) {
            throw new IllegalStateException("the sealed weights do not open to the registered file (SHA-256 differs)");
        }
        if (!encryption.needsRewrap(sealed)) {
            return false;
        }
        v.resealOnnx(encryption.rewrap(sealed, context));
        return true;
    }

    /** The version's encoding is ready and the job done. */
    public void ready(long jobId) {
        ModelVersion v = preparation.versionOf(jobId, JobKind.MODEL_ENCRYPTION);
        v.updateEncoding(ModelEncoding.readyBy(jobId));
        if (!tracker.state(jobId).finished()) {
            tracker.complete(jobId);
        }
    }

    /** The job failed: a version still encoding by it records the job's reason. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void jobFailed(long jobId) {
        InferenceJob job = preparation.job(jobId, JobKind.MODEL_ENCRYPTION);
        ModelVersion v = job.modelVersion();
        if (v.encoding().status() == EncodingStatus.ENCODING && Long.valueOf(jobId).equals(v.encoding().jobId())) {
            v.updateEncoding(ModelEncoding.failedBy(jobId, job.error().orElse("the model-encoding job ended without success")));
        }
    }

    /** The encoding failed: the version records why (the job's failure is recorded by the batch listener). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long jobId, String reason) {
        ModelVersion v = preparation.versionOf(jobId, JobKind.MODEL_ENCRYPTION);
        v.updateEncoding(ModelEncoding.failedBy(jobId, reason));
    }

}
