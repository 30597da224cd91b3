package io.aitbc.console.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A completed login, kept in the session until the ID token expires: the verified subject and the groups the
 * SSO gave it. The console's pages take the caller from here, never from anything the browser sends.
 */
public record ConsoleLogin(String subject, List<String> groups, Instant expiresAt) implements Serializable {

    private static final String SESSION_ATTRIBUTE = ConsoleLogin.class.getName();

    public ConsoleLogin {
        groups = List.copyOf(groups);
    }

    /** The login of this request's session, if there is one and it has not expired. */
    public static Optional<ConsoleLogin> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof ConsoleLogin login
                && login.validAt(Instant.now()) ? Optional.of(login) : Optional.empty();
    }

    void keepIn(HttpSession session) {
        session.setAttribute(SESSION_ATTRIBUTE, this);
    }

    boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
