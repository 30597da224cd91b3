package io.aitbc.service.jobs;

import static io.aitbc.domain.shared.InvalidRequestException.unlessRejected;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.keys.KeySetRepository;
import io.aitbc.domain.model.Model;
import io.aitbc.domain.model.ModelRepository;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.payload.EncryptedPayloadRepository;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.ConflictException;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

@Stateless
public class DefaultInferenceJobService implements InferenceJobService {

    @Inject
    InferenceJobRepository jobs;

    @Inject
    ModelRepository models;

    @Inject
    KeySetRepository keySets;

    @Inject
    EncryptedPayloadRepository payloads;

    @Override
    public JobView submit(Caller consumer, long modelId, InferenceRequest request) {
        Model model = models.find(modelId).orElseThrow(() -> new NotFoundException("model", modelId));
        ModelVersion version = (request.versionNumber() == null ? model.latestVersion() : model.version(request.versionNumber()))
                .orElseThrow(() -> new ConflictException("model " + modelId + " has no "
                        + (request.versionNumber() == null ? "version yet" : "version " + request.versionNumber())));
        // Tenant isolation: a consumer can only use its own keys and inputs (and must not learn others' ids).
        if (request.keySetId() != null) {
            keySets.find(request.keySetId()).filter(k -> k.isOwnedBy(consumer.subject()))
                    .orElseThrow(() -> new NotFoundException("key set", request.keySetId()));
        }
        if (request.inputPayloadId() != null) {
            payloads.find(request.inputPayloadId()).filter(p -> p.owner().equals(consumer.subject()))
                    .orElseThrow(() -> new NotFoundException("payload", request.inputPayloadId()));
        }
        InferenceJob job = unlessRejected(() -> InferenceJob.inference(consumer.subject(), version, request.level(),
                request.verificationRequired(), request.inputPayloadId(), request.keySetId(), Instant.now()));
        return JobView.of(jobs.store(job));
    }

    @Override
    public JobView get(Caller caller, long jobId) {
        // Another consumer's job is reported as missing, so ids reveal nothing.
        return jobs.find(jobId).filter(j -> caller.mayEdit(j.owner())).map(JobView::of)
                .orElseThrow(() -> new NotFoundException("job", jobId));
    }

    @Override
    public Page<JobView> list(Caller caller, PageRequest page) {
        return jobs.listByOwner(caller.subject(), page).map(JobView::of);
    }
}
