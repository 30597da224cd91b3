package io.aitbc.service.models;

import io.aitbc.domain.shared.Caller;
import jakarta.ejb.Local;

/**
 * Registers model versions from ONNX files: import (unsupported operators and damaged files are refused with
 * a 422 naming the problem), zkML facts (architecture JSON, archHash, Poseidon commitment), the FHE profile,
 * and the file itself sealed at rest (AES-256-GCM envelope bound to model id and version). Nothing is stored
 * unless all of it succeeded; then {@link ModelVersionRegistered} is fired in the storing transaction.
 */
@Local
public interface ModelRegistrationService {

    /** Adds the next version of the caller's model (its owner or an admin). */
    ModelVersionView registerVersion(Caller caller, long modelId, ModelUpload upload);
}
