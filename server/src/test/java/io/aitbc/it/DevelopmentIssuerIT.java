package io.aitbc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.aitbc.server.DevelopmentIssuer;
import io.aitbc.server.EnvironmentSettings;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * bin/start's development issuer as the Launcher starts it, and a token obtained from it over HTTP by
 * {@code bin/aitbc dev-token}: its claims, its signature checked with Nimbus against the issuer's published JWKS, and
 * the running server's API accepting it with the roles it carries.
 */
class DevelopmentIssuerIT {

    /** The test servers trust the same development issuer class bin/start runs (TokenIssuer), as bin/start's server does. */
    @RegisterExtension
    static final PlatformServer PLATFORM = PlatformServer.shared(PlatformServer.Database.H2);

    @Test
    void devTokenGetsASignedTokenWithTheAskedSubjectAndRoles() throws IOException, ParseException, JOSEException {
        OptionalInt port = EnvironmentSettings.developmentIssuerPort(Map.of("AITBC_DEV_SSO_PORT", "0"));
        try (DevelopmentIssuer issuer = DevelopmentIssuer.start(port.orElseThrow())) {
            assertTrue(issuer.issuer().startsWith("http://127.0.0.1:"), "one spelling for every client: " + issuer.issuer());
            SignedJWT jwt = SignedJWT.parse(devToken(issuer.issuer(), "alice", "owner,consumer"));

            JWKSet keys = JWKSet.load(URI.create(issuer.jwksUrl()).toURL());
            RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
            assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
            assertTrue(jwt.verify(new RSASSAVerifier(key)), "signed by the issuer's published key");

            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            assertEquals(issuer.issuer(), claims.getIssuer());
            assertEquals(List.of(DevelopmentIssuer.AUDIENCE), claims.getAudience());
            assertEquals("alice", claims.getSubject());
            assertEquals(List.of("owner", "consumer"), claims.getStringListClaim("groups"));
            assertTrue(claims.getExpirationTime().after(new java.util.Date()));
        }
    }

    @Test
    void theRunningServerAcceptsADevTokenWithItsRolesAndRefusesATamperedOne() {
        String issuer = TokenIssuer.get().issuer();
        String owner = devToken(issuer, "devina", "owner");
        String consumer = devToken(issuer, "devon", "consumer");
        Api api = new Api(PLATFORM.baseUrl());

        Api.Answer created = api.post("/api/v1/models", owner, Map.of("name", "dev-token model (development-issuer-it)"));
        assertEquals(201, created.status(), created.body());
        assertEquals("devina", created.json().path("owner").asText(), "the token's subject owns what it creates");
        ProductFixtures.assertProblem(api.post("/api/v1/models", consumer, Map.of("name", "not an owner")), 403);
        assertEquals(200, api.get("/api/v1/ml/jobs", consumer).status(), "the consumer role reaches consumer endpoints");

        CommandLine.Result listed = CommandLine.aitbc("models", "list", "--owner", "devina", "--url", PLATFORM.baseUrl(),
                "--token", owner);
        assertEquals(0, listed.exitCode(), listed.output());
        assertTrue(listed.output().contains("dev-token model (development-issuer-it)\towner devina"), listed.output());

        String tampered = owner.substring(0, owner.length() - 4) + (owner.endsWith("AAAA") ? "BBBB" : "AAAA");
        ProductFixtures.assertProblem(api.get("/api/v1/models", tampered), 401);
    }

    @Test
    void theLauncherLeavesARealIssuerAloneAndCanBeTurnedOff() {
        assertFalse(EnvironmentSettings.developmentIssuerPort(
                Map.of("AITBC_JWT_ISSUER", "https://sso.example", "AITBC_JWT_JWKS_URL", "https://sso.example/jwks")).isPresent());
        assertFalse(EnvironmentSettings.developmentIssuerPort(Map.of("AITBC_DEV_SSO", "0")).isPresent());
        assertEquals(8090, EnvironmentSettings.developmentIssuerPort(Map.of()).orElseThrow());
        assertEquals(9090, EnvironmentSettings.developmentIssuerPort(Map.of("AITBC_PORT_BASE", "9000")).orElseThrow());
    }

    /** Runs {@code bin/aitbc dev-token} as a user would; its last output line is the token. */
    static String devToken(String issuer, String subject, String roles) {
        CommandLine.Result r = CommandLine.aitbc("dev-token", "--issuer", issuer, "--subject", subject, "--roles", roles);
        assertEquals(0, r.exitCode(), r.output());
        String[] lines = r.output().strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
