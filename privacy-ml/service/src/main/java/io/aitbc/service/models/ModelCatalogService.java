package io.aitbc.service.models;

import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.ejb.Local;
import java.util.List;

/**
 * Models and their versions. Owners edit only their own models; admins edit all. Versions are added from ONNX
 * files by {@link ModelRegistrationService}.
 */
@Local
public interface ModelCatalogService {

    ModelView register(Caller owner, ModelDraft draft);

    /** All models, newest first; {@code ownerOrNull} restricts them to one owner. */
    Page<ModelView> list(String ownerOrNull, PageRequest page);

    ModelView get(long id);

    ModelView update(Caller caller, long id, ModelDraft draft);

    /** Deletes a model with its versions and listings; refused while jobs refer to it. */
    void delete(Caller caller, long id);

    List<ModelVersionView> versions(long modelId);
}
