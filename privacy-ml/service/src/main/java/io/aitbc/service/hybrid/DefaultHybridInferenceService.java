package io.aitbc.service.hybrid;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.job.JobResult;
import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.domain.keys.FheScheme;
import io.aitbc.domain.keys.KeySet;
import io.aitbc.domain.keys.KeySetRepository;
import io.aitbc.domain.model.ModelRepository;
import io.aitbc.domain.payload.EncryptedPayload;
import io.aitbc.domain.payload.EncryptedPayloadRepository;
import io.aitbc.domain.payload.PayloadScheme;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.ConflictException;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.service.keys.KeySetService;
import io.aitbc.service.keys.KeySetView;
import io.aitbc.service.models.Versions;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

@Stateless
public class DefaultHybridInferenceService implements HybridInferenceService {

    @Inject
    ModelRepository modelRepository;

    @Inject
    HybridModels models;

    @Inject
    HybridProofGenerator proofs;

    @Inject
    InferenceJobRepository jobs;

    @Inject
    KeySetRepository keySets;

    @Inject
    EncryptedPayloadRepository payloads;

    @Inject
    KeySetService keyViews;

    @Override
    public String profileJson(long modelId, Integer versionNumber) {
        return proofs.profile(models.model(Versions.resolve(modelRepository, modelId, versionNumber)))
                .orElseThrow(() -> new ConflictException("the hybrid circuits of model " + modelId + " are being built"
                        + " (minutes at N = 8192); ask again later"))
                .toJson();
    }

    @Override
    public Optional<Path> circuitFile(String circuit, String file) {
        return HybridEngine.CircuitFile.fromSegment(file).flatMap(f -> proofs.circuitFile(circuit, f));
    }

    @Override
    public KeySetView registerKey(Caller consumer, byte[] publicKey, byte[] keyProof) {
        HybridProblems.refuse(() -> proofs.requireRegistrable(publicKey, keyProof), "the public key");
        KeySet stored = keySets.store(new KeySet(consumer.subject(), FheScheme.BFV, proofs.parameters().name(), publicKey, null,
                Instant.now()));
        return keyViews.get(consumer, stored.id()); // the key sets' own view (listing, deletion: /keys)
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] evaluate(long jobId) {
        InferenceJob job = hybridJob(jobId);
        long keySetId = job.keySetId().orElseThrow(() -> new IllegalStateException("hybrid job " + jobId + " has no key set"));
        KeySet keys = keySets.find(keySetId).orElseThrow(() -> new NotFoundException("key set", keySetId));
        long inputId = job.inputPayloadId().orElseThrow(() -> new IllegalStateException("hybrid job " + jobId + " has no input"));
        EncryptedPayload input = payloads.find(inputId).orElseThrow(() -> new NotFoundException("payload", inputId));
        return proofs.evaluate(models.model(job.modelVersion()), proofs.publicKey(keys.publicKey()), input.content());
    }

    @Override
    public void complete(long jobId, byte[] result) {
        InferenceJob job = hybridJob(jobId);
        if (job.status().isFinal()) {
            return; // completed before the server stopped; the restarted execution has nothing left to do
        }
        EncryptedPayload stored = payloads.store(new EncryptedPayload(job.owner(), PayloadScheme.BFV, proofs.parameters().name(),
                job.keySetId().orElseThrow(), result, Instant.now()));
        job.succeed(new JobResult(stored.id(), null), Instant.now());
    }

    private InferenceJob hybridJob(long jobId) {
        InferenceJob job = jobs.find(jobId).orElseThrow(() -> new NotFoundException("job", jobId));
        if (job.privacyLevel().orElse(null) != PrivacyLevel.HYBRID) {
            throw new IllegalArgumentException("job " + jobId + " is not a hybrid inference job");
        }
        return job;
    }
}
