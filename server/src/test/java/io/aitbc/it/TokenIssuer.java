package io.aitbc.it;

import io.aitbc.server.DevelopmentIssuer;
import java.util.List;

/**
 * The development issuer ({@link DevelopmentIssuer}, the one bin/start runs) on a free port of 127.0.0.1, shared by
 * all integration tests of this JVM: it signs RS256 tokens and publishes its keys (JWKS) for the server to verify them.
 * Its interactive login is what the console's browser test fills in as a user of the SSO would.
 */
final class TokenIssuer {

    static final String AUDIENCE = DevelopmentIssuer.AUDIENCE;

    private static TokenIssuer instance;

    private final DevelopmentIssuer issuer = DevelopmentIssuer.start(0);

    private TokenIssuer() {
        Runtime.getRuntime().addShutdownHook(new Thread(issuer::close));
    }

    static synchronized TokenIssuer get() {
        if (instance == null) {
            instance = new TokenIssuer();
        }
        return instance;
    }

    String issuer() {
        return issuer.issuer();
    }

    String jwksUrl() {
        return issuer.jwksUrl();
    }

    /** A token for the subject with the given platform roles (the MicroProfile JWT "groups" claim). */
    String token(String subject, String... roles) {
        return issuer.signedToken(DevelopmentIssuer.ISSUER_ID, subject, List.of(roles));
    }

    /** A token signed by another issuer of the same server: valid signature, wrong issuer and keys. */
    String foreignToken(String subject, String... roles) {
        return issuer.signedToken("someone-else", subject, List.of(roles));
    }
}
