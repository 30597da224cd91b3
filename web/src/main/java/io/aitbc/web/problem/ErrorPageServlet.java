package io.aitbc.web.problem;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the whole web module (web.xml): errors raised by the container rather than by the
 * API (unknown paths outside /api/v1, rejected tokens, oversized forms, ...) also answer problem details.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : resp.getStatus();
        if (status < 400) {
            status = 404; // /error requested directly
        }
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Problems.title(status))
                .add("status", status)
                .add("detail", detail(status));
        if (uri != null) {
            body.add("instance", uri.toString());
        }
        resp.setStatus(status);
        resp.setContentType(Problem.MEDIA_TYPE);
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == 401) {
            resp.setHeader("WWW-Authenticate", "Bearer");
        }
        resp.getWriter().write(body.build().toString());
    }

    private static String detail(int status) {
        return switch (status) {
            case 401 -> "A valid bearer token is required";
            case 403 -> "Not permitted";
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed here";
            case 413 -> "The request body is too large";
            default -> status >= 500 ? "An unexpected error occurred; it has been logged" : "The request failed";
        };
    }
}
