package io.aitbc.service.models;

import io.aitbc.domain.model.ModelContent;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.ejb.Local;
import java.util.List;

/** Registration of models and their versions. Owners edit only their own models; admins edit all. */
@Local
public interface ModelCatalogService {

    ModelView register(Caller owner, ModelDraft draft);

    /** All models, newest first; {@code ownerOrNull} restricts them to one owner. */
    Page<ModelView> list(String ownerOrNull, PageRequest page);

    ModelView get(long id);

    ModelView update(Caller caller, long id, ModelDraft draft);

    /** Deletes a model with its versions and listings; refused while jobs refer to it. */
    void delete(Caller caller, long id);

    ModelVersionView addVersion(Caller caller, long modelId, ModelContent content);

    List<ModelVersionView> versions(long modelId);
}
