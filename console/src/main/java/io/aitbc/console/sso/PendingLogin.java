package io.aitbc.console.sso;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A login in progress, kept in the session between the redirect to the SSO and the callback: the state (CSRF
 * protection of the callback), the nonce (binds the ID token to this login), the PKCE verifier (binds the code
 * to this client) and the page the user asked for.
 */
record PendingLogin(String state, String nonce, String codeVerifier, String returnTo) implements Serializable {

    private static final SecureRandom RANDOM = new SecureRandom();

    static PendingLogin start(String returnTo) {
        return new PendingLogin(random(), random(), random(), returnTo);
    }

    /** PKCE S256 (RFC 7636): BASE64URL(SHA-256(verifier)). */
    String codeChallenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    boolean matches(String callbackState) {
        return callbackState != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII),
                callbackState.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
