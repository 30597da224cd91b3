package io.aitbc.batch.encoding;

import io.aitbc.batch.common.JobSteps;
import io.aitbc.service.encoding.EncodingRun;
import io.aitbc.service.encoding.ModelEncodingService;
import io.aitbc.service.jobs.JobTracker;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the version's FHE network as this server caches it and hands out one item per linear layer whose plaintexts
 * are not encoded yet (the item is the run itself: it holds the network the layers belong to). After a crash the
 * new server's network has none: the restarted step prepares every layer again.
 */
@Named("encodingLayerReader")
@Dependent
public class EncodingLayerReader extends AbstractItemReader {

    @Inject
    JobContext jobContext;

    @Inject
    JobTracker tracker;

    @Inject
    ModelEncodingService encodings;

    /**
     * A pause before each layer after a prepared one (0: none, the default). It widens the time between two chunks so
     * that the crash-recovery test can kill the server there.
     */
    @Inject
    @ConfigProperty(name = "aitbc.batch.encoding.pause-between-layers-ms", defaultValue = "0")
    long pauseMillis;

    private EncodingRun run;

    @Override
    public void open(Serializable checkpoint) {
        long id = JobSteps.jobId(jobContext);
        run = tracker.begin(id, jobContext.getExecutionId()).finished() ? null : encodings.open(id);
    }

    @Override
    public Object readItem() throws InterruptedException {
        if (run == null || run.finished()) {
            return null;
        }
        if (pauseMillis > 0 && run.layersDone() > 0) {
            Thread.sleep(pauseMillis);
        }
        return run;
    }

    @Override
    public Serializable checkpointInfo() {
        return run == null ? null : run.layersDone();
    }
}
