package io.aitbc.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A real local OpenID Connect / JWT issuer (mock-oauth2-server) on 127.0.0.1, shared by all integration
 * tests of this JVM: it signs RS256 tokens and publishes its keys (JWKS) for the server to verify them.
 */
final class TokenIssuer {

    static final String ISSUER_ID = "aitbc";
    static final String AUDIENCE = "aitbc";

    private static TokenIssuer instance;

    // Interactive login: the authorization endpoint shows a sign-in form (subject and claims JSON), which the
    // console's browser test fills in as a user of the SSO would.
    private final MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true));

    private TokenIssuer() {
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
    }

    static synchronized TokenIssuer get() {
        if (instance == null) {
            instance = new TokenIssuer();
        }
        return instance;
    }

    String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    String jwksUrl() {
        return server.jwksUrl(ISSUER_ID).toString();
    }

    /** A token for the subject with the given platform roles (the MicroProfile JWT "groups" claim). */
    String token(String subject, String... roles) {
        return token(ISSUER_ID, subject, roles);
    }

    /** A token signed by another issuer of the same server: valid signature, wrong issuer and keys. */
    String foreignToken(String subject, String... roles) {
        return token("someone-else", subject, roles);
    }

    private String token(String issuerId, String subject, String... roles) {
        Map<String, Object> claims = Map.of("groups", List.of(roles), "upn", subject);
        return server.issueToken(issuerId, subject, AUDIENCE, claims, 3600).serialize();
    }
}
