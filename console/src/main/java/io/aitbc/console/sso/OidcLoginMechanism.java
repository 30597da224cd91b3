package io.aitbc.console.sso;

import io.aitbc.domain.audit.AuditEntry;
import io.aitbc.domain.audit.AuditLog;
import io.aitbc.domain.audit.AuditOutcome;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.HashSet;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The console's login: an OpenID Connect relying party (authorization code flow with state, nonce and PKCE)
 * as a Jakarta Security authentication mechanism. An unauthenticated request for a protected page is sent to
 * the SSO; its callback ({@code /console/callback}) redeems the code, verifies the ID token and keeps the login
 * in the session (a new session id), then returns the browser to the page it asked for. The caller is the ID
 * token's {@code sub}; its groups are the container's roles (the console requires {@code admin}).
 *
 * <p>Why not {@code @OpenIdAuthenticationMechanismDefinition}: in this EAR the API's MicroProfile JWT
 * mechanism is an application-wide bean, and Soteria's OpenID bean became a second one visible to both web
 * modules, so every request failed with an ambiguous {@code HttpAuthenticationMechanism} (measured on Payara
 * 6.2025.10). This class is an enabled alternative visible only in the console's module, so each module
 * resolves exactly one mechanism.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class OidcLoginMechanism implements HttpAuthenticationMechanism {

    static final String CALLBACK = "/callback";
    private static final String PENDING = OidcLoginMechanism.class.getName() + ".pending";
    /** The SSO group the console requires (web.xml's role). */
    static final String ADMIN_GROUP = "admin";
    private static final Logger LOG = Logger.getLogger(OidcLoginMechanism.class.getName());

    @Inject
    OidcProvider provider;

    @Inject
    AuditLog audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Optional<ConsoleLogin> current = ConsoleLogin.current(request);
        if (current.isPresent()) {
            return context.notifyContainerAboutLogin(current.get().subject(), new HashSet<>(current.get().groups()));
        }
        try {
            if (CALLBACK.equals(request.getServletPath())) {
                return finishLogin(request, context);
            }
            if (!context.isProtected()) {
                return context.doNothing();
            }
            PendingLogin pending = PendingLogin.start(originalUrl(request));
            request.getSession(true).setAttribute(PENDING, pending);
            return context.redirect(provider.authorizationRequest(callbackUri(request), pending).toString());
        } catch (LoginException e) {
            LOG.log(Level.WARNING, "console login failed: " + e.getMessage(), e.getCause());
            audit(AuditEntry.ANONYMOUS, null, AuditOutcome.FAILED, request, e.getMessage());
            return context.responseUnauthorized();
        }
    }

    private AuthenticationStatus finishLogin(HttpServletRequest request, HttpMessageContext context) throws LoginException {
        HttpSession session = request.getSession(false);
        PendingLogin pending = session == null ? null : (PendingLogin) session.getAttribute(PENDING);
        if (pending == null || !pending.matches(request.getParameter("state"))) {
            throw new LoginException("a callback without a matching login in progress (state)");
        }
        session.removeAttribute(PENDING);
        if (request.getParameter("error") != null) {
            throw new LoginException("the SSO refused the login: " + request.getParameter("error"));
        }
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            throw new LoginException("a callback without an authorization code");
        }
        IdToken token = provider.redeem(code, callbackUri(request), pending);
        request.changeSessionId(); // a session fixed before the login does not inherit it
        ConsoleLogin login = new ConsoleLogin(token.subject(), token.groups(), token.expiresAt());
        login.keepIn(session);
        boolean admin = login.groups().contains(ADMIN_GROUP);
        // a subject the SSO did not put in the admin group is logged in but refused every page (403)
        audit(login.subject(), String.join(",", login.groups()), admin ? AuditOutcome.SUCCEEDED : AuditOutcome.DENIED,
                request, admin ? "OpenID Connect login" : "OpenID Connect login without the admin group");
        return context.redirect(pending.returnTo());
    }

    private void audit(String subject, String groups, AuditOutcome outcome, HttpServletRequest request, String detail) {
        try {
            audit.record(new AuditEntry(subject, groups, "console.login", request.getContextPath(), outcome, null,
                    request.getRemoteAddr(), detail));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not write the audit log for a console login", e); // the login itself stands
        }
    }

    private static URI callbackUri(HttpServletRequest request) {
        return URI.create(base(request) + request.getContextPath() + CALLBACK);
    }

    /** The page to return to after login: only this module's paths (never an open redirect). */
    private static String originalUrl(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (!path.startsWith(request.getContextPath() + "/") || path.startsWith(request.getContextPath() + "/api/")) {
            path = request.getContextPath() + "/";
        }
        return base(request) + path;
    }

    private static String base(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
