package io.aitbc.web.api;

import io.aitbc.marketplace.billing.BillingService;
import io.aitbc.marketplace.billing.BillingSummary;
import io.aitbc.marketplace.billing.UsageView;
import io.aitbc.web.security.CurrentCaller;
import io.aitbc.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Metering: usage records of completed inference jobs and billing summaries. */
@Path("marketplace")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "billing")
public class UsageResource {

    @Inject
    BillingService billing;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("usage")
    @RolesAllowed({Roles.OWNER, Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "Usage records, newest first: as=consumer (own inference), owner (inference on own models), all (admin)")
    public PageResponse<UsageView> usage(@BeanParam @Valid UsageQuery query) {
        return PageResponse.of(billing.usage(caller.get(), query.party(), query.toRequest()));
    }

    @GET
    @Path("billing")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    @Operation(summary = "Billing summary of a period per owner, model and privacy level (owners: their own models)")
    public BillingSummary billing(@BeanParam @Valid BillingQuery query) {
        Instant to = query.toInstant();
        return billing.summary(caller.get(), query.fromInstant(to), to, query.owner);
    }
}
