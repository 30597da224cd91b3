package io.aitbc.web.api;

import io.aitbc.domain.shared.Caller;
import io.aitbc.service.jobs.InferenceJobService;
import io.aitbc.service.jobs.JobView;
import io.aitbc.web.security.CurrentCaller;
import io.aitbc.web.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Live progress of a job as Server-Sent Events: a {@code progress} event (the job as JSON) whenever its
 * status, percent or step changes, then {@code done} when it has finished; the stream closes after
 * {@link JobProgressStream#MAX_STREAM} (clients reconnect, as EventSource does). Only the job's owner or
 * an admin may follow it.
 */
@Path("ml/jobs/{id}/events")
@RequestScoped
@Tag(name = "inference")
public class JobEventsResource {

    @Inject
    InferenceJobService jobs;

    @Inject
    CurrentCaller caller;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.CONSUMER, Roles.OWNER, Roles.ADMIN})
    @Operation(summary = "Follow a job's progress: Server-Sent Events 'progress' (job JSON) and 'done'")
    public void follow(@PathParam("id") long id, @Context SseEventSink sink, @Context Sse sse) {
        Caller who = caller.get();
        JobView first = jobs.get(who, id); // 404 before any event when the job is not the caller's
        new JobProgressStream(() -> jobs.get(who, id), sink, sse, Duration.ofMillis(JobProgressStream.POLL_MILLIS))
                .start(first, scheduler);
    }
}
