package io.aitbc.service.models;

import io.aitbc.domain.model.Model;
import io.aitbc.domain.model.ModelRepository;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.ConflictException;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.domain.shared.NotPermittedException;

/** Finds the version a request names: a number, or the latest when none is given. */
public final class Versions {

    private Versions() {
    }

    /** As {@link #resolve}, for a caller who must be allowed to edit the model (its owner or an admin): 403 otherwise. */
    public static ModelVersion editable(ModelRepository models, Caller caller, long modelId, Integer versionNumber,
                                        String refusal) {
        ModelVersion v = resolve(models, modelId, versionNumber);
        if (!caller.mayEdit(v.model().owner())) {
            throw new NotPermittedException(refusal);
        }
        return v;
    }

    public static ModelVersion resolve(ModelRepository models, long modelId, Integer versionNumber) {
        Model model = models.find(modelId).orElseThrow(() -> new NotFoundException("model", modelId));
        if (versionNumber == null) {
            return model.latestVersion().orElseThrow(() -> new ConflictException("model " + modelId + " has no version yet"));
        }
        return model.version(versionNumber).orElseThrow(() -> new NotFoundException("model " + modelId + " version",
                versionNumber));
    }
}
