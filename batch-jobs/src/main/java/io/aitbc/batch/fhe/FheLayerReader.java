package io.aitbc.batch.fhe;

import io.aitbc.batch.common.JobSteps;
import io.aitbc.service.fhe.FheComputationService;
import io.aitbc.service.fhe.FheEvaluation;
import io.aitbc.service.jobs.JobState;
import io.aitbc.service.jobs.JobTracker;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the job's encrypted evaluation where its last checkpoint left it and hands out one item per layer
 * still to evaluate (the item is the evaluation itself: layers run in order on one ciphertext).
 */
@Named("fheLayerReader")
@Dependent
public class FheLayerReader extends AbstractItemReader {


    @Inject
    JobContext jobContext;

    @Inject
    JobTracker tracker;

    @Inject
    FheComputationService fhe;

    /**
     * A pause before each layer after a committed checkpoint (0: none, the default). It widens the time between two
     * checkpoints so that the crash-recovery test can kill the server there, and makes progress visible in demos.
     */
    @Inject
    @ConfigProperty(name = "aitbc.batch.fhe.pause-between-layers-ms", defaultValue = "0")
    long pauseMillis;

    private FheEvaluation evaluation;

    @Override
    public void open(Serializable checkpoint) {
        long id = JobSteps.jobId(jobContext);
        JobState state = tracker.begin(id, jobContext.getExecutionId());
        // The job's own checkpoint (committed with the batch checkpoint) says where to resume.
        evaluation = state.finished() ? null : fhe.resume(id);
    }

    @Override
    public Object readItem() throws InterruptedException {
        if (evaluation == null || evaluation.finished()) {
            return null;
        }
        if (pauseMillis > 0 && evaluation.layersDone() > 0) {
            Thread.sleep(pauseMillis);
        }
        return evaluation;
    }

    @Override
    public Serializable checkpointInfo() {
        return evaluation == null ? null : evaluation.layersDone();
    }
}
