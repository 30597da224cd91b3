package io.aitbc.web.api;

import io.aitbc.service.audit.AuditTrail;
import io.aitbc.service.audit.AuditView;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log of security-relevant actions (admins only). */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AuditResource {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Audit events newest first: changes, refused and failed requests; by actor and outcome")
    public PageResponse<AuditView> search(@BeanParam @Valid AuditQuery query) {
        return PageResponse.of(audit.search(caller.get(), query.actor, query.outcomeOrNull(), query.toRequest()));
    }
}
