package io.aitbc.service.jobs;

import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.ejb.Local;

/**
 * Jobs as their owners follow them: status, progress, error and result references. Only a job's owner (or an
 * admin) sees it. Jobs are submitted through {@link io.aitbc.service.inference.PrivacyPreservingMlService}.
 */
@Local
public interface InferenceJobService {

    JobView get(Caller caller, long jobId);

    Page<JobView> list(Caller caller, PageRequest page);
}
