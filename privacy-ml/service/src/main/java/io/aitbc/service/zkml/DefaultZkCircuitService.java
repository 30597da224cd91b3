package io.aitbc.service.zkml;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.model.CircuitStatus;
import io.aitbc.domain.model.ModelRepository;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.ConflictException;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.model.zkml.BuildStep;
import io.aitbc.model.zkml.CircuitBuilder;
import io.aitbc.model.zkml.CircuitKind;
import io.aitbc.model.zkml.ZkmlArtifacts;
import io.aitbc.service.jobs.JobTracker;
import io.aitbc.service.jobs.ProgressUpdate;
import io.aitbc.service.models.Versions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

@Stateless
public class DefaultZkCircuitService implements ZkCircuitService {

    private static final Logger LOG = Logger.getLogger(DefaultZkCircuitService.class.getName());

    @EJB
    CircuitJobs circuitJobs;

    @Inject
    ZkmlSettings settings;

    @Inject
    ZkmlModels zkml;

    @Inject
    JobTracker tracker;

    @Inject
    ModelRepository models;

    @Inject
    InferenceJobRepository jobs;

    @Override
    public long scheduleBuild(long versionId) {
        return circuitJobs.queue(versionId);
    }

    @Override
    public long rebuild(Caller caller, long modelId, Integer versionNumber) {
        return circuitJobs.queue(Versions.editable(models, caller, modelId, versionNumber,
                "only the model's owner may rebuild its circuit").id());
    }

    @Override
    // Compiling and the setup take seconds to minutes: outside any transaction; progress commits on its own.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runStep(long jobId, BuildStep step, Instant executionStart, double fractionAtStart) {
        long versionId = circuitJobs.versionOf(jobId);
        try {
            double before = step.ordinal() == 0 ? 0 : ZkCircuitService.fractionAfter(BuildStep.values()[step.ordinal() - 1]);
            tracker.progress(jobId, ProgressUpdate.estimate(before, describe(step), executionStart, fractionAtStart,
                    Instant.now()));
            QuantizedModel q = zkml.quantized(versionId);
            CircuitBuilder builder = settings.builder();
            builder.run(step, q, EnumSet.of(CircuitKind.INFERENCE), event -> LOG.fine(() -> "job " + jobId + ": " + event));
            if (step == BuildStep.PUBLISH) {
                circuitJobs.ready(jobId, builder.published(q).orElseThrow(() -> new IllegalStateException(
                        "the artifact set is not published after the publish step")));
            } else {
                tracker.progress(jobId, ProgressUpdate.estimate(ZkCircuitService.fractionAfter(step),
                        describe(BuildStep.values()[step.ordinal() + 1]), executionStart, fractionAtStart, Instant.now()));
            }
        } catch (RuntimeException e) {
            circuitJobs.failed(jobId, "step " + step.name().toLowerCase(Locale.ROOT) + " failed: " + reason(e));
            throw e;
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public CircuitView circuit(long modelId, Integer versionNumber) {
        ModelVersion v = Versions.resolve(models, modelId, versionNumber);
        var c = v.circuit();
        Optional<InferenceJob> job = Optional.ofNullable(c.jobId()).flatMap(jobs::find);
        Optional<io.aitbc.model.zkml.CircuitArtifacts> a = c.status() == CircuitStatus.READY
                ? zkml.artifacts(v.id()).map(ZkmlArtifacts::inference) : Optional.empty();
        return new CircuitView(v.model().id(), v.number(), v.commitment().orElse(null), v.archHash().orElse(null),
                c.status().name().toLowerCase(Locale.ROOT), c.error(), c.jobId(),
                job.map(j -> j.status().name().toLowerCase(Locale.ROOT)).orElse(null),
                job.map(j -> j.progress().percent()).orElse(c.status() == CircuitStatus.READY ? 100 : 0),
                job.map(j -> j.progress().step()).orElse(null), job.map(j -> j.progress().eta()).orElse(null),
                a.map(x -> x.constraints()).orElse(null), a.map(x -> x.publicSignals()).orElse(null),
                a.map(x -> x.domainLog()).orElse(null), a.map(x -> x.ptauFile()).orElse(null),
                a.map(x -> x.ptauUnsafe()).orElse(null), a.map(x -> x.compileSeconds()).orElse(null),
                a.map(x -> x.setupSeconds()).orElse(null));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public String verificationKey(long modelId, Integer versionNumber) {
        ModelVersion v = Versions.resolve(models, modelId, versionNumber);
        ZkmlArtifacts a = requireReady(v);
        try {
            return Files.readString(a.inference().verificationKey(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version's published artifacts; 409 naming the circuit's state while it has none. */
    ZkmlArtifacts requireReady(ModelVersion v) {
        if (v.circuit().status() != CircuitStatus.READY) {
            throw notReady(v);
        }
        return zkml.artifacts(v.id()).orElseThrow(() -> notReady(v));
    }

    static ConflictException notReady(ModelVersion v) {
        var c = v.circuit();
        return new ConflictException("model " + v.model().id() + " version " + v.number() + " has no zkML circuit yet"
                + " (circuit " + c.status().name().toLowerCase(Locale.ROOT) + (c.error() == null ? "" : ": " + c.error()) + ")");
    }

    private static String describe(BuildStep step) {
        return switch (step) {
            case GENERATE -> "generate the circom main";
            case COMPILE -> "compile with circom2";
            case SETUP -> "Groth16 setup";
            case PUBLISH -> "publish the artifacts";
        };
    }

    static String reason(Throwable failure) {
        String m = failure.getMessage();
        return m == null || m.isBlank() ? failure.getClass().getSimpleName() : m;
    }
}
