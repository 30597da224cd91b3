package io.aitbc.service.inference;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.domain.model.ModelRepository;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.payload.EncryptedPayload;
import io.aitbc.domain.payload.EncryptedPayloadRepository;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.ConflictException;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.service.jobs.JobSubmitted;
import io.aitbc.service.jobs.JobView;
import io.aitbc.service.models.Versions;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

@Stateless
public class DefaultPrivacyPreservingMlService implements PrivacyPreservingMlService {

    @Inject
    @Any
    Instance<InferenceStrategy> strategies;

    @Inject
    ModelRepository models;

    @Inject
    InferenceJobRepository jobs;

    @Inject
    EncryptedPayloadRepository payloads;

    @Inject
    Event<JobSubmitted> submitted;

    @Inject
    UnservedLevel unserved;

    @Override
    public JobView submit(Caller consumer, long modelId, InferenceSubmission submission) {
        ModelVersion version = Versions.resolve(models, modelId, submission.versionNumber());
        InferenceStrategy strategy = strategyFor(submission.level());
        if (strategy == null) {
            return JobView.of(jobs.store(unserved.record(consumer, version, submission)));
        }
        InferenceJob job = strategy.prepare(consumer, version, submission);
        job.runBy(strategy.batchJobName());
        InferenceJob stored = jobs.store(job);
        submitted.fire(new JobSubmitted(stored.id(), strategy.batchJobName()));
        return JobView.of(stored);
    }

    @Override
    public ResultDownload result(Caller caller, long jobId) {
        InferenceJob job = jobs.find(jobId).filter(j -> caller.mayEdit(j.owner()))
                .orElseThrow(() -> new NotFoundException("job", jobId));
        Long payloadId = job.resultPayloadId().orElseThrow(() -> new ConflictException("job " + jobId + " is "
                + job.status().name().toLowerCase(Locale.ROOT) + " and has no result"
                + job.error().map(e -> ": " + e).orElse("")));
        EncryptedPayload result = payloads.find(payloadId).orElseThrow(() -> new NotFoundException("result of job", jobId));
        return new ResultDownload(jobId, result.content(), result.sha256(),
                result.scheme().name().toLowerCase(Locale.ROOT), result.parameterSet());
    }

    /** The level's strategy, or null if none is deployed. */
    private InferenceStrategy strategyFor(PrivacyLevel level) {
        List<InferenceStrategy> matching = strategies.stream().filter(s -> s.level() == level).toList();
        if (matching.isEmpty()) {
            return null; // see UnservedLevel
        }
        if (matching.size() > 1) {
            throw new IllegalStateException(matching.size() + " inference strategies are deployed for " + level);
        }
        return matching.getFirst();
    }
}
