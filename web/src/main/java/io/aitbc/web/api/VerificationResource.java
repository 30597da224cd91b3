package io.aitbc.web.api;

import io.aitbc.marketplace.reputation.ReputationService;
import io.aitbc.marketplace.reputation.VerificationView;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The proof verification history behind the listings' reputation (public to every role: it is reputation). */
@Path("marketplace/verifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "marketplace")
public class VerificationResource {

    @Inject
    ReputationService reputation;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "Proof verifications (verified or rejected), newest first; all models or one")
    public PageResponse<VerificationView> history(@BeanParam @Valid VerificationQuery query) {
        return PageResponse.of(reputation.history(query.modelId, query.toRequest()));
    }
}
