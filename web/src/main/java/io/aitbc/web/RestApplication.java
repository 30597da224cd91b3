package io.aitbc.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The REST API under /api/v1. Every endpoint needs a bearer JWT (MicroProfile JWT) whose {@code groups}
 * claim carries the platform's roles; health (/health) and the OpenAPI document (/openapi) are open.
 */
@ApplicationPath("api/v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"owner", "consumer", "admin"})
@OpenAPIDefinition(
        info = @Info(title = "AITBC Private ML", version = "1",
                description = "Privacy-preserving inference: FHE, zkML (Groth16 on BN254) and hybrid. Errors are "
                        + "problem details (RFC 9457, application/problem+json)."),
        servers = @Server(url = "/api/v1"),
        security = @SecurityRequirement(name = "bearer"),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "bearer",
                type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")))
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // @RolesAllowed on resource methods is enforced by Jersey's feature for it.
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
