package io.aitbc.web.api;

import io.aitbc.service.jobs.InferenceJobService;
import io.aitbc.service.jobs.JobView;
import io.aitbc.service.submission.SubmissionService;
import io.aitbc.web.security.CurrentCaller;
import io.aitbc.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inference jobs: consumers submit them and follow their status and progress. */
@Path("ml")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "inference")
public class JobResource {

    @Inject
    InferenceJobService jobs;

    /** Header naming a submission so that retries do not queue it twice. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    SubmissionService submissions;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @POST
    @Path("models/{id}/inference")
    @RolesAllowed(Roles.CONSUMER)
    @Operation(summary = "Submit an inference job at a privacy level (fhe, zkml, hybrid); it is queued. With an "
            + "Idempotency-Key header, a retried submission answers the job the first one created (header "
            + "Idempotent-Replayed: true)")
    public Response submit(@PathParam("id") long modelId, @Valid @NotNull InferenceRequestBody body,
                           @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        JobView job;
        boolean replayed = false;
        if (idempotencyKey == null) {
            job = jobs.submit(caller.get(), modelId, body.toRequest());
        } else {
            SubmissionService.Submitted s = submissions.submitOnce(caller.get(), modelId, body.toRequest(), idempotencyKey);
            job = s.job();
            replayed = !s.created();
        }
        Response.ResponseBuilder r = Response.accepted(job)
                .location(uri.getBaseUriBuilder().path("ml/jobs").path(Long.toString(job.id())).build());
        return (replayed ? r.header("Idempotent-Replayed", "true") : r).build();
    }

    @GET
    @Path("jobs")
    @RolesAllowed({Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "The caller's jobs, newest first")
    public PageResponse<JobView> list(@BeanParam @Valid PageParams page) {
        return PageResponse.of(jobs.list(caller.get(), page.toRequest()));
    }

    @GET
    @Path("jobs/{id}")
    @RolesAllowed({Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "Status, progress (percent, step, ETA), error and result references of a job")
    public JobView get(@PathParam("id") long id) {
        return jobs.get(caller.get(), id);
    }
}
