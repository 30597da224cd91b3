package io.aitbc.web.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Builds problem responses with the status's standard title. */
final class Problems {

    private Problems() {
    }

    static Response response(int status, String detail, String instance) {
        return response(Problem.of(status, title(status), detail, instance));
    }

    static Response response(Problem p) {
        Response.ResponseBuilder r = Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p);
        if (p.status() == 401) {
            r.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return r.build();
    }

    static String title(int status) {
        return switch (status) {
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            default -> {
                Response.Status s = Response.Status.fromStatusCode(status);
                yield s == null ? "HTTP " + status : s.getReasonPhrase();
            }
        };
    }
}
