package io.aitbc.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * DEVELOPMENT ONLY: a local OpenID Connect issuer (mock-oauth2-server) on 127.0.0.1 that signs RS256 tokens for
 * whoever asks, with whatever claims they ask for. {@code bin/start} runs it when no real issuer is configured so that
 * a new user can obtain tokens ({@code bin/aitbc dev-token}) and log in to the console; anyone who reaches the port
 * can obtain any role, so it must never front a shared or production server.
 *
 * <p>Interactive login: its authorization endpoint shows a sign-in form where the user types a subject and a claims
 * JSON such as {@code {"groups":["admin"]}}; access tokens carry the audience {@value #AUDIENCE}.
 */
public final class DevelopmentIssuer implements AutoCloseable {

    /** The issuer's path segment: the issuer URL is {@code http://127.0.0.1:<port>/aitbc}. */
    public static final String ISSUER_ID = "aitbc";
    /** The audience the API expects ({@code mp.jwt.verify.audiences}) and dev tokens carry. */
    public static final String AUDIENCE = "aitbc";

    // Access tokens always carry the API's audience (ID tokens keep the client id as theirs, for the console).
    private final MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true, null, null, false,
            new OAuth2TokenProvider(), Set.of(new DefaultOAuth2TokenCallback(ISSUER_ID, "anonymous", "JWT", List.of(AUDIENCE)))));

    private DevelopmentIssuer(int port) {
        try {
            server.start(InetAddress.getByName("127.0.0.1"), port);
        } catch (IOException e) {
            throw new UncheckedIOException("the development issuer could not listen on 127.0.0.1:" + port, e);
        }
    }

    /** Starts the issuer on 127.0.0.1 at the port (0: any free port). */
    public static DevelopmentIssuer start(int port) {
        return new DevelopmentIssuer(port);
    }

    /**
     * The issuer derives the iss claim from the Host its clients address, so everything (API, console, dev-token,
     * browser) must use this one spelling: 127.0.0.1, the address it listens on, not "localhost".
     */
    public String issuer() {
        return onLoopbackAddress(server.issuerUrl(ISSUER_ID));
    }

    public String jwksUrl() {
        return onLoopbackAddress(server.jwksUrl(ISSUER_ID));
    }

    private static String onLoopbackAddress(okhttp3.HttpUrl url) {
        return url.newBuilder().host("127.0.0.1").build().toString();
    }

    /** What the API's MicroProfile JWT (and, by default, the console's OIDC client) must trust. */
    public JwtSettings jwtSettings() {
        return new JwtSettings(issuer(), jwksUrl(), AUDIENCE);
    }

    /**
     * A token signed in-process by one of this server's issuers (tests: {@code ISSUER_ID} for a valid one, any other
     * id for a token with a valid signature from the wrong issuer). Users get theirs over HTTP with dev-token.
     */
    public String signedToken(String issuerId, String subject, List<String> roles) {
        // Signed with that issuer's key, and its iss spelled as issuer() spells it (the library's own issueToken would
        // write "localhost", which the API refuses).
        String iss = onLoopbackAddress(server.issuerUrl(issuerId));
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = Map.of("iss", iss, "sub", subject, "aud", AUDIENCE, "groups", List.copyOf(roles),
                "upn", subject, "jti", UUID.randomUUID().toString(), "iat", now, "nbf", now, "exp", now + 3600);
        return server.getConfig().getTokenProvider().jwt(claims, Duration.ofHours(1), issuerId).serialize();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
