package io.aitbc.domain.job;

import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Jobs, by owner. */
public interface InferenceJobRepository {

    InferenceJob store(InferenceJob job);

    Optional<InferenceJob> find(long id);

    /** The owner's jobs, newest first. */
    Page<InferenceJob> listByOwner(String owner, PageRequest page);

    /** Everyone's jobs, newest first (for admins). */
    Page<InferenceJob> listAll(PageRequest page);

    /** How many jobs ran or run on any version of the model. */
    long countForModel(long modelId);

    /** Jobs not yet finished (to resume them after a restart), oldest first. */
    List<InferenceJob> listUnfinished(int max);

    /** How many queued or running jobs use the key set. */
    long countUnfinishedWithKeySet(long keySetId);

    /** Lets finished jobs forget a key set that is being deleted (their history keeps everything else). */
    void detachKeySet(long keySetId);
}
