package io.aitbc.service.jobs;

import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.ejb.Local;

/**
 * Inference jobs: consumers submit them and follow them; only a job's owner (or an admin) sees it.
 * Submitting queues the job; running it is the work of the FHE / zkML services (issues 5, 6, 8).
 */
@Local
public interface InferenceJobService {

    JobView submit(Caller consumer, long modelId, InferenceRequest request);

    JobView get(Caller caller, long jobId);

    Page<JobView> list(Caller caller, PageRequest page);
}
