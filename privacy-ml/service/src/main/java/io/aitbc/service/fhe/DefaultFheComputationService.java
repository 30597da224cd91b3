package io.aitbc.service.fhe;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.job.JobCheckpoint;
import io.aitbc.domain.job.JobCheckpointRepository;
import io.aitbc.domain.job.JobProgress;
import io.aitbc.domain.job.JobResult;
import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.domain.keys.KeySet;
import io.aitbc.domain.keys.KeySetRepository;
import io.aitbc.domain.model.ModelRepository;
import io.aitbc.domain.payload.EncryptedPayload;
import io.aitbc.domain.payload.EncryptedPayloadRepository;
import io.aitbc.domain.payload.PayloadScheme;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.fhe.serialization.FheSerializer;
import io.aitbc.model.fhe.CompiledFheModel;
import io.aitbc.model.fhe.FheModelEvaluator;
import io.aitbc.service.jobs.ProgressUpdate;
import io.aitbc.service.models.ModelArtifacts;
import io.aitbc.service.models.Versions;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
public class DefaultFheComputationService implements FheComputationService {

    private static final Logger LOG = Logger.getLogger(DefaultFheComputationService.class.getName());

    @Inject
    ModelRepository models;

    @Inject
    ModelArtifacts artifacts;

    @Inject
    InferenceJobRepository jobs;

    @Inject
    KeySetRepository keySets;

    @Inject
    EncryptedPayloadRepository payloads;

    @Inject
    JobCheckpointRepository checkpoints;

    /** Threads of one evaluation (RNS limbs in parallel); 0 means one per processor. */
    @Inject
    @ConfigProperty(name = "aitbc.fhe.evaluation-threads", defaultValue = "0")
    int threads;

    @Override
    public String profileJson(long modelId, Integer versionNumber) {
        long versionId = Versions.resolve(models, modelId, versionNumber).id();
        return artifacts.profile(versionId).toJson();
    }

    @Override
    public FheEvaluation resume(long jobId) {
        InferenceJob job = fheJob(jobId);
        CompiledFheModel compiled = artifacts.compiled(job.modelVersion().id());
        long keySetId = job.keySetId().orElseThrow(() -> new IllegalStateException("fhe job " + jobId + " has no key set"));
        KeySet keys = keySets.find(keySetId).orElseThrow(() -> new NotFoundException("key set", keySetId));
        FheModelEvaluator evaluator = FheModelEvaluator.create(compiled, keys.evaluationKeys(),
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        var checkpoint = checkpoints.find(jobId);
        if (checkpoint.isPresent()) {
            LOG.info(() -> "fhe job " + jobId + " resumes after layer " + checkpoint.get().step() + " of "
                    + evaluator.layerCount() + " (its checkpoint)");
            return new FheEvaluation(jobId, evaluator, evaluator.readIntermediate(checkpoint.get().state()),
                    checkpoint.get().step());
        }
        long inputId = job.inputPayloadId().orElseThrow(() -> new IllegalStateException("fhe job " + jobId + " has no input"));
        EncryptedPayload input = payloads.find(inputId).orElseThrow(() -> new NotFoundException("payload", inputId));
        return new FheEvaluation(jobId, evaluator, evaluator.readInput(input.content()), 0);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void evaluateNextLayer(FheEvaluation evaluation) {
        evaluation.evaluateNext();
    }

    @Override
    public void checkpoint(FheEvaluation evaluation, ProgressUpdate progress) {
        byte[] state = FheSerializer.write(evaluation.current());
        Instant now = Instant.now();
        JobCheckpoint cp = checkpoints.find(evaluation.jobId())
                .orElseGet(() -> new JobCheckpoint(evaluation.jobId(), evaluation.layersDone(), state, now));
        cp.advance(evaluation.layersDone(), state, now);
        checkpoints.store(cp);
        InferenceJob job = fheJob(evaluation.jobId());
        if (!job.status().isFinal()) {
            job.reportProgress(new JobProgress(Math.min(99, progress.percent()), evaluation.describeLastStep(), progress.eta()));
        }
    }

    @Override
    public void complete(long jobId) {
        InferenceJob job = fheJob(jobId);
        if (job.status().isFinal()) {
            return; // completed before the server stopped; the restarted batch execution has nothing left to do
        }
        int layers = artifacts.compiled(job.modelVersion().id()).network().stages().size();
        JobCheckpoint last = checkpoints.find(jobId)
                .orElseThrow(() -> new IllegalStateException("fhe job " + jobId + " has no evaluated layers to complete"));
        if (last.step() != layers) {
            throw new IllegalStateException("fhe job " + jobId + " evaluated " + last.step() + " of " + layers + " layers");
        }
        long keySetId = job.keySetId().orElseThrow();
        String parameterSet = keySets.find(keySetId).map(KeySet::parameterSet).orElseThrow();
        EncryptedPayload result = payloads.store(new EncryptedPayload(job.owner(), PayloadScheme.CKKS, parameterSet,
                keySetId, last.state(), Instant.now()));
        job.succeed(new JobResult(result.id(), null), Instant.now());
        checkpoints.remove(jobId);
    }

    private InferenceJob fheJob(long jobId) {
        InferenceJob job = jobs.find(jobId).orElseThrow(() -> new NotFoundException("job", jobId));
        if (job.privacyLevel().orElse(null) != PrivacyLevel.FHE) {
            throw new IllegalArgumentException("job " + jobId + " is not an fhe inference job");
        }
        return job;
    }
}
