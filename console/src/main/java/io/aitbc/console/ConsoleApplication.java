package io.aitbc.console;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The console page's own JSON endpoints under /console/api, behind the SSO login (session cookie). */
@ApplicationPath("api")
@DeclareRoles(ConsoleApplication.ADMIN)
public class ConsoleApplication extends Application {

    /** The one role the console requires (from the SSO's groups claim). */
    public static final String ADMIN = "admin";

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
