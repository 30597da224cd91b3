package io.aitbc.console.sso;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies an ID token (a JWS, RFC 7515, signed RS256 as OpenID Connect requires providers to support)
 * against the provider's JSON Web Key Set: signature with the key named by {@code kid}, {@code iss},
 * {@code aud} containing the client id, {@code exp} (with a small clock skew) and the login's {@code nonce}.
 * Any other algorithm is refused (no "none", no HMAC with a public key).
 */
final class IdTokenVerifier {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    private static final Base64.Decoder B64URL = Base64.getUrlDecoder();

    private final Map<String, PublicKey> keys;
    private final String issuer;
    private final String clientId;
    private final String groupsClaim;

    IdTokenVerifier(Map<String, PublicKey> keys, String issuer, String clientId, String groupsClaim) {
        this.keys = Map.copyOf(keys);
        this.issuer = issuer;
        this.clientId = clientId;
        this.groupsClaim = groupsClaim;
    }

    /** The RSA signing keys of a JWKS document, by key id. */
    static Map<String, PublicKey> rsaKeys(String jwksJson) {
        Map<String, PublicKey> keys = new HashMap<>();
        for (JsonValue v : parse(jwksJson).getJsonArray("keys")) {
            JsonObject k = v.asJsonObject();
            if (!"RSA".equals(k.getString("kty", "")) || !"sig".equals(k.getString("use", "sig"))) {
                continue;
            }
            try {
                RSAPublicKeySpec spec = new RSAPublicKeySpec(new BigInteger(1, B64URL.decode(k.getString("n"))),
                        new BigInteger(1, B64URL.decode(k.getString("e"))));
                keys.put(k.getString("kid", ""), KeyFactory.getInstance("RSA").generatePublic(spec));
            } catch (GeneralSecurityException | RuntimeException e) {
                // a key we cannot read is not one we trust
            }
        }
        return keys;
    }

    /** Whether the token names a key this verifier does not have (the provider may have rotated its keys). */
    boolean lacksKeyFor(String token) {
        return !keys.containsKey(header(token).getString("kid", ""));
    }

    IdToken verify(String token, String expectedNonce, Instant now) throws LoginException {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new LoginException("the ID token is not a signed JWT");
        }
        JsonObject header = header(token);
        if (!"RS256".equals(header.getString("alg", ""))) {
            throw new LoginException("the ID token's algorithm " + header.getString("alg", "?") + " is not accepted (RS256)");
        }
        PublicKey key = keys.get(header.getString("kid", ""));
        if (key == null) {
            throw new LoginException("the ID token is signed with an unknown key");
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(B64URL.decode(parts[2]))) {
                throw new LoginException("the ID token's signature does not verify");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new LoginException("the ID token's signature does not verify");
        }
        JsonObject claims;
        try {
            claims = parse(new String(B64URL.decode(parts[1]), StandardCharsets.UTF_8));
        } catch (RuntimeException e) { // not base64url or not a JSON object: JsonException, IllegalArgumentException
            throw new LoginException("the ID token's claims are not a JSON object");
        }
        if (!issuer.equals(claims.getString("iss", null))) {
            throw new LoginException("the ID token comes from another issuer");
        }
        if (!audience(claims).contains(clientId)) {
            throw new LoginException("the ID token is for another client");
        }
        Instant exp = Instant.ofEpochSecond(claims.getJsonNumber("exp") == null ? 0 : claims.getJsonNumber("exp").longValue());
        if (!now.minus(CLOCK_SKEW).isBefore(exp)) {
            throw new LoginException("the ID token has expired");
        }
        String nonce = claims.getString("nonce", "");
        if (!MessageDigest.isEqual(nonce.getBytes(StandardCharsets.UTF_8), expectedNonce.getBytes(StandardCharsets.UTF_8))) {
            throw new LoginException("the ID token's nonce does not match this login");
        }
        String subject = claims.getString("sub", "");
        if (subject.isBlank() || subject.length() > 255) {
            throw new LoginException("the ID token has no usable subject");
        }
        return new IdToken(subject, groups(claims), exp);
    }

    private List<String> groups(JsonObject claims) {
        List<String> groups = new ArrayList<>();
        JsonValue v = claims.get(groupsClaim);
        if (v instanceof JsonArray a) {
            a.forEach(g -> {
                if (g instanceof JsonString s) {
                    groups.add(s.getString());
                }
            });
        } else if (v instanceof JsonString s) {
            groups.add(s.getString());
        }
        return List.copyOf(groups);
    }

    private static List<String> audience(JsonObject claims) {
        JsonValue aud = claims.get("aud");
        if (aud instanceof JsonString s) {
            return List.of(s.getString());
        }
        return aud instanceof JsonArray a ? a.getValuesAs(JsonString::getString) : List.of();
    }

    private static JsonObject header(String token) {
        int dot = token.indexOf('.');
        try {
            return parse(new String(B64URL.decode(dot < 0 ? token : token.substring(0, dot)), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return Json.createObjectBuilder().build();
        }
    }

    static JsonObject parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    static Optional<String> string(JsonObject o, String name) {
        return Optional.ofNullable(o.getString(name, null));
    }
}
