package io.aitbc.console.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console's OpenID Connect client settings, from the server's configuration (never the repository):
 * {@code aitbc.console.oidc.provider-uri} (the SSO's issuer; default: the API's token issuer
 * {@code mp.jwt.verify.issuer}), {@code aitbc.console.oidc.client-id} (default {@code aitbc-console}),
 * {@code aitbc.console.oidc.client-secret} and {@code aitbc.console.oidc.groups-claim} (default {@code groups}).
 */
@ApplicationScoped
public class SsoSettings {

    @Inject
    @ConfigProperty(name = "aitbc.console.oidc.provider-uri")
    Optional<String> providerUri;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> apiIssuer;

    @Inject
    @ConfigProperty(name = "aitbc.console.oidc.client-id", defaultValue = "aitbc-console")
    String clientId;

    @Inject
    @ConfigProperty(name = "aitbc.console.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "aitbc.console.oidc.groups-claim", defaultValue = "groups")
    String groupsClaim;

    /** The issuer, or empty when no SSO is configured (then nobody can log in to the console). */
    public Optional<URI> issuer() {
        return providerUri.or(() -> apiIssuer).filter(u -> u.startsWith("http://") || u.startsWith("https://"))
                .map(u -> URI.create(u.replaceAll("/+$", "")));
    }

    public String clientId() {
        return clientId;
    }

    /** Empty for a public client (then the login relies on PKCE alone). */
    public String clientSecret() {
        return clientSecret.orElse("");
    }

    public String groupsClaim() {
        return groupsClaim;
    }
}
