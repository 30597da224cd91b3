package io.aitbc.service.jobs;

import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

@Stateless
public class DefaultInferenceJobService implements InferenceJobService {

    @Inject
    InferenceJobRepository jobs;

    @Override
    public JobView get(Caller caller, long jobId) {
        // Another consumer's job is reported as missing, so ids reveal nothing.
        return jobs.find(jobId).filter(j -> caller.mayEdit(j.owner())).map(JobView::of)
                .orElseThrow(() -> new NotFoundException("job", jobId));
    }

    @Override
    public Page<JobView> list(Caller caller, PageRequest page) {
        return jobs.listByOwner(caller.subject(), page).map(JobView::of);
    }
}
