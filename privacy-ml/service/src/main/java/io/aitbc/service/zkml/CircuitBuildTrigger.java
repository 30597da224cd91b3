package io.aitbc.service.zkml;

import io.aitbc.service.models.ModelVersionRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every version that can run under zkML gets its circuit built, once its registration has committed; except, when
 * {@value #MAX_PARAMETERS} is set, models with more parameters than that, whose (long) build the owner starts with
 * POST .../circuit/build when it is wanted.
 */
@ApplicationScoped
public class CircuitBuildTrigger {

    private static final Logger LOG = Logger.getLogger(CircuitBuildTrigger.class.getName());

    static final String MAX_PARAMETERS = "aitbc.zkml.auto-build-max-parameters";

    @Inject
    ZkCircuitService circuits;

    @Inject
    ZkmlModels zkml;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = MAX_PARAMETERS, defaultValue = "9223372036854775807")
    long maxParameters;

    void onRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModelVersionRegistered registered) {
        if (!registered.zkmlAvailable()) {
            return;
        }
        try {
            long parameters = zkml.parameterCount(registered.versionId());
            if (parameters > maxParameters) {
                LOG.info(() -> "model " + registered.modelId() + " version " + registered.versionNumber() + ": "
                        + parameters + " parameters, above " + MAX_PARAMETERS + "; its circuit is built on request");
                return;
            }
            long job = circuits.scheduleBuild(registered.versionId());
            LOG.info(() -> "model " + registered.modelId() + " version " + registered.versionNumber()
                    + ": circuit build queued as job " + job);
        } catch (RuntimeException e) { // the registration stands; the owner can ask for the build again
            LOG.log(Level.WARNING, "cannot queue the circuit build of model version " + registered.versionId(), e);
        }
    }
}
