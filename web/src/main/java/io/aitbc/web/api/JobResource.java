package io.aitbc.web.api;

import static io.aitbc.domain.shared.InvalidRequestException.unlessRejected;

import io.aitbc.service.fhe.FheComputationService;
import io.aitbc.service.inference.InferenceSubmission;
import io.aitbc.service.inference.PrivacyPreservingMlService;
import io.aitbc.service.inference.ResultDownload;
import io.aitbc.service.jobs.InferenceJobService;
import io.aitbc.service.jobs.JobView;
import io.aitbc.service.submission.SubmissionService;
import io.aitbc.web.problem.MaxRequestBody;
import io.aitbc.web.security.CurrentCaller;
import io.aitbc.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Inference: the FHE profile clients fetch, job submission at a privacy level, job status and progress, and the
 * result download (the job's owner only).
 */
@Path("ml")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "inference")
public class JobResource {

    /** An input ciphertext: ckks-16384 at full depth is about 2.5 MB; well above what any profile needs. */
    static final long INPUT_LIMIT = 32L << 20;

    @Inject
    InferenceJobService jobs;

    /** Header naming a submission so that retries do not queue it twice. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    SubmissionService submissions;

    @Inject
    PrivacyPreservingMlService inference;

    @Inject
    FheComputationService fhe;

    @Inject
    CurrentCaller caller;

    @Inject
    Validator validator;

    @Context
    UriInfo uri;

    @GET
    @Path("models/{id}/fhe-profile")
    @RolesAllowed({Roles.OWNER, Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "The FHE profile of a model version (latest unless ?version=): parameter set, input packing,"
            + " rotation keys to generate, activations, measured precision; 409 with the reason if it has none")
    public Response fheProfile(@PathParam("id") long modelId, @BeanParam @Valid VersionParam version) {
        return Response.ok(fhe.profileJson(modelId, version.version), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("models/{id}/inference")
    @RolesAllowed(Roles.CONSUMER)
    @Operation(summary = "Submit an inference job at a privacy level (fhe, zkml, hybrid) referring to stored input. With"
            + " an Idempotency-Key header, a retried submission answers the job the first one created (header"
            + " Idempotent-Replayed: true)")
    public Response submit(@PathParam("id") long modelId, @Valid @NotNull InferenceRequestBody body,
                           @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        return accepted(modelId, unlessRejected(() -> body.toSubmission(null)), idempotencyKey);
    }

    @POST
    @Path("models/{id}/inference")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.CONSUMER)
    @MaxRequestBody(INPUT_LIMIT)
    @Operation(summary = "Submit an inference job with its input: JSON part 'request' {privacyLevel, keySetId,"
            + " modelVersion?, verificationRequired?} and part 'input' (for fhe: the ciphertext); 202 and the queued job."
            + " Idempotency-Key as for JSON submissions")
    public Response submitWithInput(@PathParam("id") long modelId, List<EntityPart> parts,
                                    @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        MultipartForm form = MultipartForm.read(parts, Set.of("request", "input"));
        if (!form.has("request")) {
            throw new jakarta.ws.rs.BadRequestException("part 'request' (JSON) is missing");
        }
        InferenceRequestBody body = form.json("request", InferenceRequestBody.class, null, validator);
        byte[] input = form.bytes("input");
        return accepted(modelId, unlessRejected(() -> body.toSubmission(input)), idempotencyKey);
    }

    private Response accepted(long modelId, InferenceSubmission submission, String idempotencyKey) {
        JobView job;
        boolean replayed = false;
        if (idempotencyKey == null) {
            job = inference.submit(caller.get(), modelId, submission);
        } else {
            SubmissionService.Submitted s = submissions.submitOnce(caller.get(), modelId, submission, idempotencyKey);
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
    @Operation(summary = "Status, progress (percent, step, ETA), error, restarts and result references of a job")
    public JobView get(@PathParam("id") long id) {
        return jobs.get(caller.get(), id);
    }

    @GET
    @Path("jobs/{id}/result")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "The result of the caller's finished job (for fhe: the result ciphertext, which only the"
            + " consumer's secret key decrypts); X-Content-SHA256 carries its SHA-256")
    public Response result(@PathParam("id") long id) {
        ResultDownload r = inference.result(caller.get(), id);
        return Response.ok(r.content(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("X-Content-SHA256", r.sha256())
                .header("X-Payload-Scheme", r.scheme())
                .header("X-Parameter-Set", r.parameterSet())
                .header("Content-Disposition", "attachment; filename=\"job-" + id + "-result.bin\"")
                .build();
    }

    /** ?version=N on profile requests. */
    public static class VersionParam {
        @QueryParam("version")
        @Min(1)
        public Integer version;
    }
}
