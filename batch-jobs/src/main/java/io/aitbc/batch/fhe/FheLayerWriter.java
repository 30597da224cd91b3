package io.aitbc.batch.fhe;

import io.aitbc.service.fhe.FheComputationService;
import io.aitbc.service.fhe.FheEvaluation;
import io.aitbc.service.jobs.ProgressUpdate;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/**
 * Stores the ciphertext after each layer as the job's checkpoint, with the job's progress (percent by layer
 * cost, the layer, ETA), in the chunk's transaction: the batch runtime's checkpoint commits with it.
 */
@Named("fheLayerWriter")
@Dependent
public class FheLayerWriter extends AbstractItemWriter {

    @Inject
    FheComputationService fhe;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            FheEvaluation e = (FheEvaluation) item;
            fhe.checkpoint(e, ProgressUpdate.estimate(e.fractionDone(), e.describeNextStep(), e.openedAt(),
                    e.fractionAtResume(), Instant.now()));
        }
    }
}
