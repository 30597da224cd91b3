package io.aitbc.batch.encoding;

import io.aitbc.service.encoding.EncodingRun;
import io.aitbc.service.encoding.ModelEncodingService;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Records the job's progress after a layer (percent by plaintexts, the next layer, ETA) in the chunk's transaction. */
@Named("encodingLayerWriter")
@Dependent
public class EncodingLayerWriter extends AbstractItemWriter {

    @Inject
    ModelEncodingService encodings;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            encodings.layerDone((EncodingRun) item);
        }
    }
}
