package io.aitbc.service.models;

import io.aitbc.domain.model.Model;
import io.aitbc.domain.model.ModelRepository;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.shared.ConflictException;
import io.aitbc.domain.shared.NotFoundException;

/** Finds the version a request names: a number, or the latest when none is given. */
public final class Versions {

    private Versions() {
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
