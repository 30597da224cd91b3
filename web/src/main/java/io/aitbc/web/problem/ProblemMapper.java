package io.aitbc.web.problem;

import io.aitbc.domain.shared.ConflictException;
import io.aitbc.domain.shared.InvalidRequestException;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.domain.shared.NotPermittedException;
import io.aitbc.domain.shared.UnprocessableException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every other exception into problem details: HTTP errors keep their status, domain errors get
 * theirs (404, 403, 409, 400), unreadable JSON is a 400, and anything unexpected a 500 that is logged but
 * not described to the caller.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrapEjb(thrown);
        String path = uri.getRequestUri().getPath();
        if (e instanceof ForbiddenException && security.getUserPrincipal() == null) {
            // Jersey reports a missing login as 403; without a valid token it is 401.
            return Problems.response(401, "A valid bearer token is required", path);
        }
        RequestBodyTooLargeException tooLarge = find(e, RequestBodyTooLargeException.class);
        if (tooLarge != null) {
            return Problems.response(413, tooLarge.getMessage(), path);
        }
        if (find(e, JsonbException.class) != null || find(e, JsonParsingException.class) != null) {
            return Problems.response(400, "The request body is not valid JSON for this endpoint", path);
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            return Problems.response(status, detail(w, status), path);
        }
        if (e instanceof NotFoundException) {
            return Problems.response(404, e.getMessage(), path);
        }
        if (e instanceof NotPermittedException) {
            return Problems.response(403, e.getMessage(), path);
        }
        if (e instanceof ConflictException || e instanceof OptimisticLockException) {
            return Problems.response(409, e.getMessage(), path);
        }
        if (e instanceof InvalidRequestException) {
            return Problems.response(400, e.getMessage(), path);
        }
        if (e instanceof UnprocessableException) {
            return Problems.response(422, e.getMessage(), path);
        }
        if (isMultipartParsingError(e)) {
            return Problems.response(400, "The multipart/form-data body cannot be read", path);
        }
        LOG.log(Level.SEVERE, "Unexpected error on " + path, thrown);
        return Problems.response(500, "An unexpected error occurred; it has been logged", path);
    }

    /** Jersey's multipart reader (MIMEPull) reports a damaged body with its own exception types. */
    private static boolean isMultipartParsingError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("org.jvnet.mimepull.") || name.equals("org.glassfish.jersey.media.multipart.internal"
                    + ".MultiPartReaderServerSide")) {
                return true;
            }
        }
        return false;
    }

    private static String detail(WebApplicationException w, int status) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed here";
            case 406 -> "No acceptable representation (the API produces application/json)";
            case 415 -> "Unsupported content type (the API consumes application/json; uploads multipart/form-data)";
            default -> w.getMessage();
        };
    }

    private static Throwable unwrapEjb(Throwable e) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
