package io.aitbc.web.api;

import static io.aitbc.domain.shared.InvalidRequestException.unlessRejected;

import io.aitbc.service.models.ModelCatalogService;
import io.aitbc.service.models.ModelRegistrationService;
import io.aitbc.service.models.ModelUpload;
import io.aitbc.service.models.ModelVersionView;
import io.aitbc.service.models.ModelView;
import io.aitbc.web.problem.MaxRequestBody;
import io.aitbc.web.security.CurrentCaller;
import io.aitbc.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Models and their versions. Owners register and edit their models; every role may read them. */
@Path("models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "models")
public class ModelResource {

    /** ONNX files up to about 32 MiB (8M float parameters) plus calibration samples. */
    static final long MODEL_UPLOAD_LIMIT = 64L << 20;

    @Inject
    ModelCatalogService catalog;

    @Inject
    ModelRegistrationService registration;

    @Inject
    Validator validator;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "List models, newest first (owner=<subject> to filter)")
    public PageResponse<ModelView> list(@BeanParam @Valid ModelQuery query) {
        return PageResponse.of(catalog.list(query.owner, query.toRequest()));
    }

    @POST
    @RolesAllowed(Roles.OWNER)
    @Operation(summary = "Register a model (the caller becomes its owner)")
    public Response register(@Valid @NotNull ModelRequest body) {
        ModelView created = catalog.register(caller.get(), body.toDraft());
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.CONSUMER, Roles.ADMIN})
    public ModelView get(@PathParam("id") long id) {
        return catalog.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    @Operation(summary = "Rename or re-describe a model (its owner or an admin)")
    public ModelView update(@PathParam("id") long id, @Valid @NotNull ModelRequest body) {
        return catalog.update(caller.get(), id, body.toDraft());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    @Operation(summary = "Delete a model with its versions and listings (refused while jobs use it)")
    public Response delete(@PathParam("id") long id) {
        catalog.delete(caller.get(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed({Roles.OWNER, Roles.CONSUMER, Roles.ADMIN})
    public List<ModelVersionView> versions(@PathParam("id") long id) {
        return catalog.versions(id);
    }

    @POST
    @Path("{id}/versions")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    @MaxRequestBody(MODEL_UPLOAD_LIMIT)
    @Operation(summary = "Register the next version from an ONNX file (base64) with FHE options; 422 names unsupported"
            + " operators or why the file cannot be used")
    public Response addVersion(@PathParam("id") long id, @Valid @NotNull ModelVersionRequest body) {
        return created(id, unlessRejected(body::toUpload));
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    @MaxRequestBody(MODEL_UPLOAD_LIMIT)
    @Operation(summary = "Register the next version: part 'onnx' (the file), optional JSON part 'options'"
            + " {allowApproximateActivations, calibrationInputs, calibrationLabels, parameterSet}")
    public Response addVersionFromFile(@PathParam("id") long id, List<EntityPart> parts) {
        MultipartForm form = MultipartForm.read(parts, Set.of("onnx", "options"));
        byte[] onnx = form.bytes("onnx");
        FheOptionsBody options = form.json("options", FheOptionsBody.class, new FheOptionsBody(), validator);
        return created(id, unlessRejected(() -> new ModelUpload(onnx, options.toOptions())));
    }

    private Response created(long modelId, ModelUpload upload) {
        ModelVersionView v = registration.registerVersion(caller.get(), modelId, upload);
        return Created.at(uri, v.number(), v);
    }
}
