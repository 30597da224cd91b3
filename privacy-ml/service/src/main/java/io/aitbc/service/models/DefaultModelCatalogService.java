package io.aitbc.service.models;

import static io.aitbc.domain.shared.InvalidRequestException.unlessRejected;

import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.marketplace.ListingRepository;
import io.aitbc.domain.model.Model;
import io.aitbc.domain.model.ModelRepository;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.ConflictException;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.domain.shared.NotPermittedException;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

@Stateless
public class DefaultModelCatalogService implements ModelCatalogService {

    @Inject
    ModelRepository models;

    @Inject
    InferenceJobRepository jobs;

    @Inject
    ListingRepository listings;

    @Override
    public ModelView register(Caller owner, ModelDraft draft) {
        Model model = unlessRejected(() -> new Model(owner.subject(), draft.name(), draft.description(), Instant.now()));
        return ModelView.of(models.store(model));
    }

    @Override
    public Page<ModelView> list(String ownerOrNull, PageRequest page) {
        return models.list(ownerOrNull, page).map(ModelView::of);
    }

    @Override
    public ModelView get(long id) {
        return ModelView.of(find(id));
    }

    @Override
    public ModelView update(Caller caller, long id, ModelDraft draft) {
        Model model = editable(caller, id);
        unlessRejected(() -> {
            model.describe(draft.name(), draft.description(), Instant.now());
            return model;
        });
        return ModelView.of(model);
    }

    @Override
    public void delete(Caller caller, long id) {
        Model model = editable(caller, id);
        long jobCount = jobs.countForModel(id);
        if (jobCount > 0) {
            throw new ConflictException("model " + id + " has " + jobCount + " jobs; it cannot be deleted");
        }
        listings.removeForModel(id);
        models.remove(model);
    }

    @Override
    public List<ModelVersionView> versions(long modelId) {
        return find(modelId).versions().stream().map(ModelVersionView::of).toList();
    }

    private Model find(long id) {
        return models.find(id).orElseThrow(() -> new NotFoundException("model", id));
    }

    private Model editable(Caller caller, long id) {
        Model model = find(id);
        if (!caller.mayEdit(model.owner())) {
            throw new NotPermittedException("only the model's owner may change it");
        }
        return model;
    }
}
