package io.aitbc.web.api;

import io.aitbc.service.benchmark.BenchmarkService;
import io.aitbc.service.benchmark.BenchmarkView;
import io.aitbc.service.jobs.JobView;
import io.aitbc.web.security.CurrentCaller;
import io.aitbc.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Measured performance: benchmark results and benchmark runs (also started by a schedule). */
@Path("benchmarks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "benchmarks")
public class BenchmarkResource {

    @Inject
    BenchmarkService benchmarks;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "Benchmark results (median, p95, min, max in microseconds), newest first")
    public PageResponse<BenchmarkView> results(@BeanParam @Valid BenchmarkQuery query) {
        return PageResponse.of(benchmarks.results(query.modelId, query.benchmark, query.toRequest()));
    }

    @GET
    @Path("kinds")
    @RolesAllowed({Roles.OWNER, Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "Names of the benchmarks this server runs")
    public List<String> kinds() {
        return benchmarks.benchmarks();
    }

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    @Operation(summary = "Start a benchmark run: one model's latest version, or every listed model (admin); "
            + "answers the queued BENCHMARK jobs (follow them under /ml/jobs/{id})")
    public Response run(@Valid BenchmarkRunRequest body) {
        List<JobView> jobs = benchmarks.startRun(caller.get(), body == null ? null : body.modelId);
        return Response.accepted(jobs).build();
    }
}
