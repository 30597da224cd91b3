package io.aitbc.service.benchmark;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.job.JobKind;
import io.aitbc.domain.marketplace.ListingRepository;
import io.aitbc.domain.marketplace.ListingSearch;
import io.aitbc.domain.marketplace.MarketplaceListing;
import io.aitbc.domain.model.Model;
import io.aitbc.domain.model.ModelRepository;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.ConflictException;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.domain.shared.NotPermittedException;
import io.aitbc.domain.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Queues BENCHMARK jobs for the latest versions of the models to measure (one transaction). */
@Stateless
public class BenchmarkQueue {

    /** At most this many models per run; the most recently listed first. */
    static final int MAX_MODELS_PER_RUN = PageRequest.MAX_SIZE;

    @Inject
    ModelRepository models;

    @Inject
    ListingRepository listings;

    @Inject
    InferenceJobRepository jobs;

    public List<Long> queue(Caller caller, Long modelIdOrNull) {
        List<Long> queued = new ArrayList<>();
        for (Model model : targets(caller, modelIdOrNull)) {
            InferenceJob job = InferenceJob.preparation(caller.subject(), model.latestVersion().orElseThrow(),
                    JobKind.BENCHMARK, Instant.now());
            queued.add(jobs.store(job).id());
        }
        return queued;
    }

    private List<Model> targets(Caller caller, Long modelIdOrNull) {
        if (modelIdOrNull == null) {
            if (!caller.isAdmin()) {
                throw new NotPermittedException("only an admin may benchmark every listed model");
            }
            return listedModels();
        }
        Model model = models.find(modelIdOrNull).orElseThrow(() -> new NotFoundException("model", modelIdOrNull));
        if (!caller.mayEdit(model.owner())) {
            throw new NotPermittedException("only the model's owner or an admin may benchmark it");
        }
        if (model.latestVersion().isEmpty()) {
            throw new ConflictException("model " + modelIdOrNull + " has no version to benchmark");
        }
        return List.of(model);
    }

    private List<Model> listedModels() {
        Map<Long, Model> listed = new LinkedHashMap<>();
        ListingSearch all = new ListingSearch(null, null, null, null, true, ListingSearch.Order.NEWEST);
        for (MarketplaceListing l : listings.find(all, new PageRequest(0, MAX_MODELS_PER_RUN)).items()) {
            if (l.model().latestVersion().isPresent()) {
                listed.putIfAbsent(l.model().id(), l.model());
            }
        }
        return List.copyOf(listed.values());
    }
}
