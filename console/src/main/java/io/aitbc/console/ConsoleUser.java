package io.aitbc.console;

import io.aitbc.console.sso.ConsoleLogin;
import io.aitbc.domain.shared.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The user of this request as a service {@link Caller}: the subject and groups of the session's verified SSO
 * login, read on every request (a later login in the same session, or an expired one, is never mixed up).
 */
@RequestScoped
public class ConsoleUser {

    @Inject
    HttpServletRequest request;

    public Caller caller() {
        ConsoleLogin login = ConsoleLogin.current(request).orElseThrow(() ->
                new IllegalStateException("a console endpoint ran without a login (web.xml protects every path)"));
        return Caller.of(login.subject(), login.groups());
    }
}
