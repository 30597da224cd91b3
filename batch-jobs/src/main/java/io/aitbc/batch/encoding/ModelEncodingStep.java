package io.aitbc.batch.encoding;

import io.aitbc.batch.common.PlatformJobStep;
import io.aitbc.service.encoding.ModelEncodingService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** The batchlet steps of a model encoding (batch step property {@code step}): {@code seal} and {@code finish}. */
@Named("modelEncodingStep")
@Dependent
public class ModelEncodingStep extends PlatformJobStep {

    @Inject
    ModelEncodingService encodings;

    @Override
    protected void run(long jobId, String step) {
        switch (step) {
            case "seal" -> encodings.seal(jobId, Instant.now());
            case "finish" -> encodings.finish(jobId);
            default -> throw new IllegalArgumentException("unknown model-encoding step " + step);
        }
    }
}
