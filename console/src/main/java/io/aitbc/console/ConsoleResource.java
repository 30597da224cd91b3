package io.aitbc.console;

import io.aitbc.domain.marketplace.ListingSearch;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.PageRequest;
import io.aitbc.domain.shared.Role;
import io.aitbc.marketplace.ListingService;
import io.aitbc.marketplace.reputation.ReputationService;
import io.aitbc.service.audit.AuditTrail;
import io.aitbc.service.benchmark.BenchmarkService;
import io.aitbc.service.models.ModelCatalogService;
import io.aitbc.service.monitor.PlatformMonitor;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the console page shows, as JSON (each section one service call; jobs also as Server-Sent Events). */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ConsoleApplication.ADMIN)
public class ConsoleResource {

    static final PageRequest RECENT = new PageRequest(0, 50);

    @Inject
    ConsoleUser user;

    @Inject
    ModelCatalogService models;

    @Inject
    ListingService listings;

    @Inject
    PlatformMonitor monitor;

    @Inject
    ReputationService reputation;

    @Inject
    BenchmarkService benchmarks;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ChainStatus chain;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @GET
    @Path("me")
    public Map<String, Object> me() {
        Caller c = user.caller();
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("subject", c.subject());
        me.put("roles", c.roles().stream().map(Role::groupName).sorted().toList());
        return me;
    }

    @GET
    @Path("models")
    public Object models() {
        return models.list(null, RECENT).map(m -> Map.of("model", m, "versions", models.versions(m.id()))).items();
    }

    @GET
    @Path("listings")
    public Object listings() {
        ListingSearch all = new ListingSearch(null, null, null, null, true, ListingSearch.Order.NEWEST);
        return listings.find(user.caller(), all, RECENT).items();
    }

    @GET
    @Path("jobs")
    public Object jobs() {
        return monitor.recentJobs(user.caller(), RECENT).items();
    }

    /** The same list as {@link #jobs()}, pushed as Server-Sent Events whenever a job moves (live progress). */
    @GET
    @Path("jobs/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void jobEvents(@Context SseEventSink sink, @Context Sse sse) {
        Caller who = user.caller(); // read on the request's thread; the stream polls on the scheduler's
        new JobListStream(() -> monitor.recentJobs(who, RECENT).items(), sink, sse).start(scheduler);
    }

    @GET
    @Path("verifications")
    public Object verifications() {
        return reputation.history(null, RECENT).items();
    }

    @GET
    @Path("benchmarks")
    public Object benchmarks() {
        return benchmarks.results(null, null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    @GET
    @Path("users")
    public Object users() {
        return monitor.users(user.caller(), 100);
    }

    /** The latest entries of the audit log (requests refused or changing things, console logins). */
    @GET
    @Path("audit")
    public Object audit() {
        return auditTrail.search(user.caller(), null, null, RECENT).items();
    }

    @GET
    @Path("chain")
    public Object chain() {
        return chain.describe();
    }
}
