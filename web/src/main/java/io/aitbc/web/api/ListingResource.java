package io.aitbc.web.api;

import io.aitbc.domain.shared.InvalidRequestException;
import io.aitbc.marketplace.ListingService;
import io.aitbc.marketplace.ListingView;
import io.aitbc.web.security.CurrentCaller;
import io.aitbc.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Marketplace listings: owners list their models with prices per privacy level; everyone searches. */
@Path("marketplace/listings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "marketplace")
public class ListingResource {

    @Inject
    ListingService listings;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "Search listings: text (q), privacy level offered, maximum price at that level, owner, "
            + "paused ones (their owner or an admin); ordered by reputation (default), price or newest")
    public PageResponse<ListingView> search(@BeanParam @Valid ListingQuery query) {
        var search = InvalidRequestException.unlessRejected(query::toSearch);
        return PageResponse.of(listings.find(caller.get(), search, query.toRequest()));
    }

    @POST
    @RolesAllowed(Roles.OWNER)
    @Operation(summary = "List one of the caller's models")
    public Response create(@Valid @NotNull ListingRequest body) {
        if (body.modelId == null) {
            throw new BadRequestException("modelId is required");
        }
        ListingView created = listings.create(caller.get(), body.modelId, body.toTerms());
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.CONSUMER, Roles.ADMIN})
    public ListingView get(@PathParam("id") long id) {
        return listings.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    @Operation(summary = "Revise a listing (its owner or an admin)")
    public ListingView revise(@PathParam("id") long id, @Valid @NotNull ListingRequest body) {
        return listings.revise(caller.get(), id, body.toTerms());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public Response remove(@PathParam("id") long id) {
        listings.remove(caller.get(), id);
        return Response.noContent().build();
    }
}
