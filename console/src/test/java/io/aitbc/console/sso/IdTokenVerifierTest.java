package io.aitbc.console.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ID tokens signed here with the JDK's RSA (as an SSO would), checked claim by claim. */
class IdTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final String ISSUER = "http://127.0.0.1:9000/aitbc";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final KeyPair KEY = rsa();
    private static final KeyPair OTHER = rsa();

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(KeyPair signer, String alg, String kid, String claims) throws Exception {
        String header = B64.encodeToString(("{\"alg\":\"" + alg + "\",\"kid\":\"" + kid + "\",\"typ\":\"JWT\"}").getBytes(StandardCharsets.UTF_8));
        String payload = B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(signer.getPrivate());
        s.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + B64.encodeToString(s.sign());
    }

    private static String claims(String iss, String aud, long exp, String nonce) {
        return "{\"iss\":\"" + iss + "\",\"sub\":\"ada\",\"aud\":" + aud + ",\"exp\":" + exp + ",\"nonce\":\"" + nonce
                + "\",\"groups\":[\"admin\",\"owner\"]}";
    }

    private static IdTokenVerifier verifier() {
        return new IdTokenVerifier(Map.of("k1", KEY.getPublic()), ISSUER, "aitbc-console", "groups");
    }

    private static final long LATER = NOW.plusSeconds(600).getEpochSecond();

    @Test
    void acceptsAGoodTokenWithItsGroups() throws Exception {
        IdToken t = verifier().verify(token(KEY, "RS256", "k1", claims(ISSUER, "\"aitbc-console\"", LATER, "n-1")), "n-1", NOW);
        assertEquals("ada", t.subject());
        assertEquals(List.of("admin", "owner"), t.groups());
        assertEquals(Instant.ofEpochSecond(LATER), t.expiresAt());
        assertEquals("ada", verifier().verify(token(KEY, "RS256", "k1",
                claims(ISSUER, "[\"x\",\"aitbc-console\"]", LATER, "n-1")), "n-1", NOW).subject());
    }

    @Test
    void refusesEveryBrokenClaimAndSignature() throws Exception {
        IdTokenVerifier v = verifier();
        String good = claims(ISSUER, "\"aitbc-console\"", LATER, "n-1");
        assertThrows(LoginException.class, () -> v.verify(token(OTHER, "RS256", "k1", good), "n-1", NOW), "foreign key");
        assertThrows(LoginException.class, () -> v.verify(token(KEY, "RS256", "k2", good), "n-1", NOW), "unknown kid");
        assertThrows(LoginException.class, () -> v.verify(token(KEY, "RS512", "k1", good), "n-1", NOW), "other alg");
        assertThrows(LoginException.class, () -> v.verify(token(KEY, "RS256", "k1",
                claims("http://evil", "\"aitbc-console\"", LATER, "n-1")), "n-1", NOW), "issuer");
        assertThrows(LoginException.class, () -> v.verify(token(KEY, "RS256", "k1",
                claims(ISSUER, "\"other-client\"", LATER, "n-1")), "n-1", NOW), "audience");
        assertThrows(LoginException.class, () -> v.verify(token(KEY, "RS256", "k1",
                claims(ISSUER, "\"aitbc-console\"", NOW.minusSeconds(120).getEpochSecond(), "n-1")), "n-1", NOW), "expired");
        assertThrows(LoginException.class, () -> v.verify(token(KEY, "RS256", "k1", good), "n-2", NOW), "nonce");
        String t = token(KEY, "RS256", "k1", good);
        String tampered = t.substring(0, t.indexOf('.') + 1) + B64.encodeToString(good.replace("ada", "eve").getBytes(StandardCharsets.UTF_8))
                + t.substring(t.lastIndexOf('.'));
        assertThrows(LoginException.class, () -> v.verify(tampered, "n-1", NOW), "payload changed after signing");
        assertThrows(LoginException.class, () -> v.verify("a.b", "n-1", NOW));
        String none = B64.encodeToString("{\"alg\":\"none\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(good.getBytes(StandardCharsets.UTF_8)) + ".";
        assertThrows(LoginException.class, () -> v.verify(none, "n-1", NOW), "alg none");
    }

    @Test
    void readsRsaSigningKeysFromAJwks() {
        RSAPublicKey k = (RSAPublicKey) KEY.getPublic();
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"k1\",\"n\":\"" + B64.encodeToString(unsigned(k.getModulus()))
                + "\",\"e\":\"" + B64.encodeToString(unsigned(k.getPublicExponent())) + "\"},"
                + "{\"kty\":\"EC\",\"kid\":\"ec\",\"crv\":\"P-256\",\"x\":\"AA\",\"y\":\"AA\"},"
                + "{\"kty\":\"RSA\",\"use\":\"enc\",\"kid\":\"enc\",\"n\":\"AQAB\",\"e\":\"AQAB\"}]}";
        Map<String, PublicKey> keys = IdTokenVerifier.rsaKeys(jwks);
        assertEquals(Map.of("k1", KEY.getPublic()), keys);
        assertTrue(new IdTokenVerifier(keys, ISSUER, "c", "groups").lacksKeyFor(B64.encodeToString("{\"kid\":\"k9\"}".getBytes()) + ".x.y"));
    }

    private static byte[] unsigned(BigInteger v) {
        byte[] b = v.toByteArray();
        return b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
    }

    @Test
    void pkceChallengeIsBase64UrlOfSha256() {
        // the example of RFC 7636, Appendix B
        PendingLogin login = new PendingLogin("s", "n", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "/console/");
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", login.codeChallenge());
        assertTrue(login.matches("s"));
        assertTrue(!login.matches("t") && !login.matches(null));
    }
}
