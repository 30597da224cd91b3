package io.aitbc.domain.model;

import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** Models and their versions. */
public interface ModelRepository {

    /** Stores a new model (its id is assigned) or returns the managed instance of a known one. */
    Model store(Model model);

    Optional<Model> find(long id);

    Optional<ModelVersion> findVersion(long versionId);

    /** Adds the model's next version and assigns its id. */
    ModelVersion addVersion(Model model, ModelContent content, Instant now);

    /** All models, newest first; {@code ownerOrNull} restricts them to one owner. */
    Page<Model> list(String ownerOrNull, PageRequest page);

    void remove(Model model);
}
