package io.aitbc.service.monitor;

import io.aitbc.domain.audit.ActorSummary;
import io.aitbc.domain.audit.AuditRepository;
import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.NotPermittedException;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import io.aitbc.service.jobs.JobView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** What operators watch across tenants (admins only): everyone's jobs, and the users the SSO presented. */
@Stateless
public class PlatformMonitor {

    @Inject
    InferenceJobRepository jobs;

    @Inject
    AuditRepository audit;

    public Page<JobView> recentJobs(Caller caller, PageRequest page) {
        requireAdmin(caller);
        return jobs.listAll(page).map(JobView::of);
    }

    /** Subjects that have used the platform, with the roles their tokens carried last. */
    public List<ActorSummary> users(Caller caller, int max) {
        requireAdmin(caller);
        return audit.actors(max);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new NotPermittedException("only admins monitor the platform");
        }
    }
}
