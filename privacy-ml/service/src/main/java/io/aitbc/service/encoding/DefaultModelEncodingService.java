package io.aitbc.service.encoding;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.model.ModelRepository;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.shared.Caller;
import io.aitbc.model.fhe.FheProfile;
import io.aitbc.service.jobs.JobTracker;
import io.aitbc.service.jobs.ProgressUpdate;
import io.aitbc.service.models.ModelArtifacts;
import io.aitbc.service.models.ModelVersionStore;
import io.aitbc.service.models.Versions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

@Stateless
public class DefaultModelEncodingService implements ModelEncodingService {

    private static final Logger LOG = Logger.getLogger(DefaultModelEncodingService.class.getName());

    @EJB
    EncodingJobs encodingJobs;

    @EJB
    ModelVersionStore store;

    @Inject
    ModelArtifacts artifacts;

    @Inject
    ModelRepository models;

    @Inject
    InferenceJobRepository jobs;

    @Inject
    JobTracker tracker;

    @Override
    public long schedule(long versionId) {
        return encodingJobs.queue(versionId);
    }

    @Override
    public long reencode(Caller caller, long modelId, Integer versionNumber) {
        return encodingJobs.queue(Versions.editable(models, caller, modelId, versionNumber,
                "only the model's owner may have it encoded again").id());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void seal(long jobId, Instant executionStart) {
        recordingFailure(jobId, "seal", () -> {
            tracker.progress(jobId, new ProgressUpdate(0, "check the sealed weights, re-wrap under the current key", null));
            boolean rewrapped = encodingJobs.sealWeights(jobId);
            LOG.info(() -> "model-encoding job " + jobId + ": weights sealed at rest" + (rewrapped
                    ? ", data key re-wrapped under the current key-encryption key" : " under the current key"));
            tracker.progress(jobId, ProgressUpdate.estimate(SEALED, "weights sealed at rest", executionStart, 0, Instant.now()));
            return null;
        });
    }

    @Override
    // In the reader's open transaction, like the job's begin: progress from a transaction of its own made the job's
    // row change under it, and the step failed with an OptimisticLockException (measured, after a restart).
    public EncodingRun open(long jobId) {
        return recordingFailure(jobId, "prepare", () -> {
            long versionId = encodingJobs.versionOf(jobId);
            if (store.storedFile(versionId).fheProfileJson() == null) {
                return new EncodingRun(jobId, null); // no FHE profile: nothing to prepare
            }
            tracker.progress(jobId, new ProgressUpdate(SEALED, "build the FHE network (packing plan) from the profile", null));
            EncodingRun run = new EncodingRun(jobId, artifacts.compiled(versionId));
            LOG.info(() -> "model-encoding job " + jobId + ": FHE network built, " + run.layersDone() + " of "
                    + run.layerCount() + " layers' plaintexts already in this server's cache");
            return run;
        });
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void prepareNext(EncodingRun run) {
        recordingFailure(run.jobId(), "prepare", run::prepareNext);
    }

    @Override
    public void layerDone(EncodingRun run) {
        tracker.progress(run.jobId(), ProgressUpdate.estimate(run.fraction(), run.describeNext(), run.openedAt(),
                run.fractionAtOpen(), Instant.now()));
    }

    @Override
    public void jobEnded(long jobId) {
        encodingJobs.jobFailed(jobId);
    }

    @Override
    public void finish(long jobId) {
        if (tracker.state(jobId).finished()) {
            return;
        }
        encodingJobs.ready(jobId);
    }

    @Override
    public EncodingView encoding(long modelId, Integer versionNumber) {
        ModelVersion v = Versions.resolve(models, modelId, versionNumber);
        var e = v.encoding();
        Optional<InferenceJob> job = Optional.ofNullable(e.jobId()).flatMap(jobs::find);
        Integer fheLayers = v.fheProfileJson().map(json -> (int) FheProfile.fromJson(json).layers().stream()
                .filter(l -> l.startsWith("linear")).count()).orElse(null);
        boolean ready = e.status() == io.aitbc.domain.model.EncodingStatus.READY;
        return new EncodingView(v.model().id(), v.number(), e.status().name().toLowerCase(Locale.ROOT), e.error(), e.jobId(),
                job.map(j -> j.status().name().toLowerCase(Locale.ROOT)).orElse(null),
                job.map(j -> j.progress().percent()).orElse(ready ? 100 : 0), job.map(j -> j.progress().step()).orElse(null),
                job.map(j -> j.progress().eta()).orElse(null), v.onnxSealed().isPresent(), fheLayers);
    }

    /** Runs a step's work; a failure is recorded on the version (with the step) and rethrown to fail the batch step. */
    private <T> T recordingFailure(long jobId, String step, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            encodingJobs.failed(jobId, "step " + step + " failed: " + m);
            throw e;
        }
    }
}
