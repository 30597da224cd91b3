package io.aitbc.batch.encoding;

import io.aitbc.service.encoding.EncodingRun;
import io.aitbc.service.encoding.ModelEncodingService;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Encodes the next linear layer's FHE plaintexts into the network. */
@Named("encodingLayerProcessor")
@Dependent
public class EncodingLayerProcessor implements ItemProcessor {

    @Inject
    ModelEncodingService encodings;

    @Override
    public Object processItem(Object item) {
        EncodingRun run = (EncodingRun) item;
        encodings.prepareNext(run);
        return run;
    }
}
