package io.aitbc.service.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import javax.crypto.KeyAgreement;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class X25519KeyTest {

    private final SecureRandom random = new SecureRandom();

    /** A key made by {@code openssl genpkey -algorithm X25519}; see generate-openssl-fixture.sh. */
    @Test
    void readsAndWritesOpenSslPem() throws Exception {
        String privatePem = resource("openssl-x25519.pem");
        String publicPem = resource("openssl-x25519.pub.pem");
        String text = resource("openssl-x25519.txt");
        String opensslPublicHex = text.substring(text.indexOf("pub:") + 4).replaceAll("[^0-9a-f]", "");

        X25519KeyPair pair = X25519KeyPair.fromPem(KeyId.of("openssl"), privatePem);
        assertEquals(opensslPublicHex, Hex.toHexString(pair.publicKey().raw()));
        assertEquals(publicPem.strip(), pair.publicKey().toPem().strip(), "same DER as OpenSSL writes");
        assertEquals(opensslPublicHex, Hex.toHexString(X25519PublicKey.fromPem(KeyId.of("o"), publicPem).raw()));
        assertEquals(privatePem.strip(), pair.privateKeyPem().strip(), "same PKCS#8 as OpenSSL writes");
    }

    /** The JDK's own X25519 (SunEC) reads our encodings and agrees on the shared secret. */
    @Test
    void interoperatesWithTheJdk() throws Exception {
        X25519KeyPair ours = X25519KeyPair.generate(KeyId.of("ours"), random);
        X25519KeyPair theirs = X25519KeyPair.generate(KeyId.of("theirs"), random);
        KeyFactory factory = KeyFactory.getInstance("X25519");
        PrivateKey jdkPrivate = factory.generatePrivate(new PKCS8EncodedKeySpec(Pem.decode(ours.privateKeyPem(), "PRIVATE KEY")));
        PublicKey jdkPublic = factory.generatePublic(new X509EncodedKeySpec(Pem.decode(theirs.publicKey().toPem(), "PUBLIC KEY")));

        KeyAgreement agreement = KeyAgreement.getInstance("X25519");
        agreement.init(jdkPrivate);
        agreement.doPhase(jdkPublic, true);
        byte[] jdkSecret = agreement.generateSecret();

        byte[] bcSecret = new byte[32];
        new X25519PrivateKeyParameters(ours.rawPrivateKey(), 0).generateSecret(
                new X25519PublicKeyParameters(theirs.publicKey().raw(), 0), bcSecret, 0);
        assertArrayEquals(jdkSecret, bcSecret);
    }

    @Test
    void rawAndPemRoundTrips() {
        X25519KeyPair pair = X25519KeyPair.generate(KeyId.of("agent-1"), random);
        assertArrayEquals(pair.publicKey().raw(), X25519KeyPair.fromRawPrivateKey(KeyId.of("x"), pair.rawPrivateKey()).publicKey().raw());
        assertArrayEquals(pair.publicKey().raw(), X25519KeyPair.fromPem(KeyId.of("x"), pair.privateKeyPem()).publicKey().raw());
        assertEquals(pair.publicKey(), X25519PublicKey.fromPem(KeyId.of("agent-1"), pair.publicKey().toPem()));
        assertEquals(pair.publicKey(), X25519PublicKey.fromRaw(KeyId.of("agent-1"), pair.publicKey().raw()));
        assertEquals("X25519KeyPair[id=agent-1]", pair.toString());
    }

    /** Points of small order (RFC 7748 section 7 / the libsodium blocklist) would make the shared secret zero. */
    @ParameterizedTest
    @ValueSource(strings = {
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0100000000000000000000000000000000000000000000000000000000000000",
        "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
        "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    })
    void rejectsPublicKeysOfSmallOrder(String hex) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> X25519PublicKey.fromRaw(KeyId.of("evil"), Hex.decode(hex)));
        assertTrue(e.getMessage().contains("small order"), e.getMessage());
    }

    @Test
    void rejectsWrongSizesTypesAndAlgorithms() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> X25519PublicKey.fromRaw(KeyId.of("k"), new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> X25519KeyPair.fromRawPrivateKey(KeyId.of("k"), new byte[33]));
        X25519KeyPair pair = X25519KeyPair.generate(KeyId.of("k"), random);
        IllegalArgumentException wrongBlock = assertThrows(IllegalArgumentException.class,
                () -> X25519PublicKey.fromPem(KeyId.of("k"), pair.privateKeyPem()));
        assertTrue(wrongBlock.getMessage().contains("'PRIVATE KEY', expected 'PUBLIC KEY'"), wrongBlock.getMessage());
        assertThrows(IllegalArgumentException.class, () -> X25519KeyPair.fromPem(KeyId.of("k"), "not pem at all"));

        String ed25519 = Pem.encode("PRIVATE KEY", PrivateKeyInfoFactory.createPrivateKeyInfo(new Ed25519PrivateKeyParameters(random)).getEncoded());
        IllegalArgumentException wrongAlgorithm = assertThrows(IllegalArgumentException.class, () -> X25519KeyPair.fromPem(KeyId.of("k"), ed25519));
        assertTrue(wrongAlgorithm.getMessage().contains("Ed25519 private key, expected X25519"), wrongAlgorithm.getMessage());
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
