package io.aitbc.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** The REST API under /api/v1, authenticated by bearer JWTs (MicroProfile JWT) carrying the platform's roles. */
@ApplicationPath("api/v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"owner", "consumer", "admin"})
public class RestApplication extends Application {
}
