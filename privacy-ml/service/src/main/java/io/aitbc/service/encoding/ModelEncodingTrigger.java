package io.aitbc.service.encoding;

import io.aitbc.service.models.ModelVersionRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every registered version gets encoded (weights sealed under the current key, FHE plaintexts precomputed) once its registration has committed. */
@ApplicationScoped
public class ModelEncodingTrigger {

    private static final Logger LOG = Logger.getLogger(ModelEncodingTrigger.class.getName());

    @Inject
    ModelEncodingService encodings;

    void onRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModelVersionRegistered registered) {
        try {
            long job = encodings.schedule(registered.versionId());
            LOG.info(() -> "model " + registered.modelId() + " version " + registered.versionNumber()
                    + ": encoding queued as job " + job);
        } catch (RuntimeException e) { // the registration stands; inference encodes on use, the owner can ask again
            LOG.log(Level.WARNING, "cannot queue the encoding of model version " + registered.versionId(), e);
        }
    }
}
