package io.aitbc.web.security;

import io.aitbc.domain.audit.AuditEntry;
import io.aitbc.domain.audit.AuditLog;
import io.aitbc.domain.audit.AuditOutcome;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Writes the audit log of the API: every change (POST, PUT, PATCH, DELETE) with its outcome, and every
 * refused request (401, 403), including tokens the container rejects before the API runs (those arrive
 * here as the error dispatch). Reads that succeed are not logged. Never logs bodies or tokens.
 */
@WebFilter(urlPatterns = {"/api/*", "/error"}, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
        asyncSupported = true) // Server-Sent Events suspend the request
public class AuditFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class.getName());
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<String> ROLES = List.of(Roles.OWNER, Roles.CONSUMER, Roles.ADMIN);
    private static final String AUDITED = AuditFilter.class.getName() + ".audited";

    @Inject
    AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (req.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(req, resp);
            auditError(req, resp);
            return;
        }
        int status = 500;
        try {
            chain.doFilter(req, resp);
            status = resp.getStatus();
        } finally {
            if (CHANGES.contains(req.getMethod()) || status == 401 || status == 403) {
                record(req, req.getMethod() + " " + req.getRequestURI(), req.getRequestURI(), status);
            }
        }
    }

    /** A request the container refused before the API saw it (e.g. an invalid token). */
    private void auditError(HttpServletRequest req, HttpServletResponse resp) {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer i ? i : resp.getStatus();
        if ((status == 401 || status == 403) && uri != null && uri.toString().startsWith(req.getContextPath() + "/api/")) {
            record(req, req.getMethod() + " " + uri, uri.toString(), status);
        }
    }

    private void record(HttpServletRequest req, String action, String target, int status) {
        if (req.getAttribute(AUDITED) != null) {
            return; // one entry per request, even when it is dispatched again as an error
        }
        req.setAttribute(AUDITED, Boolean.TRUE);
        AuditOutcome outcome = status == 401 || status == 403 ? AuditOutcome.DENIED
                : status < 400 ? AuditOutcome.SUCCEEDED : AuditOutcome.FAILED;
        Principal p = req.getUserPrincipal();
        String actor = p instanceof JsonWebToken jwt ? jwt.getSubject() : p == null ? null : p.getName();
        String roles = p == null ? null : ROLES.stream().filter(req::isUserInRole).collect(Collectors.joining(","));
        try {
            audit.record(new AuditEntry(actor, roles, action, target, outcome, status, req.getRemoteAddr(), null));
        } catch (RuntimeException e) {
            // the audit log must not turn an answered request into an error; the failure is logged
            LOG.log(Level.SEVERE, "could not write the audit log for " + action, e);
        }
    }
}
