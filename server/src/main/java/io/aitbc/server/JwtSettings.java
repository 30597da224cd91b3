package io.aitbc.server;

import java.util.Objects;

/**
 * Who issues the bearer tokens the API accepts (MicroProfile JWT): the issuer ({@code iss} claim), the
 * JSON Web Key Set with its signing keys, and the audience ({@code aud}) tokens must carry.
 */
public record JwtSettings(String issuer, String jwksUrl, String audience) {

    public JwtSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(jwksUrl, "jwksUrl");
        Objects.requireNonNull(audience, "audience");
    }
}
