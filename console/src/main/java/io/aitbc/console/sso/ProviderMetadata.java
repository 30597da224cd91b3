package io.aitbc.console.sso;

import java.net.URI;

/** What the SSO's discovery document ({@code /.well-known/openid-configuration}) says. */
record ProviderMetadata(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri) {
}
