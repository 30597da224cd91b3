package io.aitbc.server;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** The token verification of a domain without a configured issuer: nothing can sign a valid token. */
final class LockedIssuer {

    static final String ISSUER = "urn:aitbc:no-token-issuer-configured";

    private LockedIssuer() {
    }

    /** A fresh RSA public key (base64 X.509), its private key discarded at once. */
    static String freshPublicKey() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return Base64.getEncoder().encodeToString(g.generateKeyPair().getPublic().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is required by every Java platform", e);
        }
    }
}
