package io.aitbc.web.security;

import io.aitbc.domain.shared.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated caller of the current request, from its verified JWT (subject and groups). */
@RequestScoped
public class CurrentCaller {

    @Inject
    JsonWebToken jwt;

    public Caller get() {
        if (jwt == null || jwt.getSubject() == null) {
            throw new IllegalStateException("no authenticated caller; is the endpoint missing @RolesAllowed?");
        }
        return Caller.of(jwt.getSubject(), jwt.getGroups());
    }
}
