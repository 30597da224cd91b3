package io.aitbc.service.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Properties;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

class HpkeTest {

    private final SecureRandom random = new SecureRandom();
    private final Hpke hpke = new Hpke(random);
    private final X25519KeyPair alice = X25519KeyPair.generate(KeyId.of("alice"), random);
    private final byte[] info = "aitbc test".getBytes(StandardCharsets.UTF_8);
    private final byte[] aad = "header".getBytes(StandardCharsets.UTF_8);
    private final byte[] secret = "a data key of 32 bytes exactly!!".getBytes(StandardCharsets.UTF_8);

    /** Ciphertexts made by pyca/cryptography (OpenSSL/Rust HPKE) for our exact suite; see generate-hpke-fixture.py. */
    @Test
    void opensCiphertextsFromAnIndependentImplementation() throws IOException {
        Properties fixture = new Properties();
        try (InputStream in = getClass().getResourceAsStream("hpke-x25519-aes256gcm-pyca.properties")) {
            fixture.load(in);
        }
        X25519KeyPair recipient = X25519KeyPair.fromRawPrivateKey(KeyId.of("pyca"), Hex.decode(fixture.getProperty("recipient.private")));
        assertEquals(fixture.getProperty("recipient.public"), Hex.toHexString(recipient.publicKey().raw()));
        for (int i = 0; fixture.containsKey("case." + i + ".enc"); i++) {
            byte[] caseInfo = Hex.decode(fixture.getProperty("case." + i + ".info"));
            byte[] enc = Hex.decode(fixture.getProperty("case." + i + ".enc"));
            byte[] ciphertext = Hex.decode(fixture.getProperty("case." + i + ".ciphertext"));
            assertEquals(fixture.getProperty("case." + i + ".plaintext"),
                    Hex.toHexString(Hpke.open(recipient, enc, caseInfo, new byte[0], ciphertext, "case " + i)));

            byte[] otherInfo = (new String(caseInfo, StandardCharsets.UTF_8) + "!").getBytes(StandardCharsets.UTF_8);
            assertThrows(AuthenticationFailedException.class, () -> Hpke.open(recipient, enc, otherInfo, new byte[0], ciphertext, "x"));
            ciphertext[0] ^= 1;
            assertThrows(AuthenticationFailedException.class, () -> Hpke.open(recipient, enc, caseInfo, new byte[0], ciphertext, "x"));
        }
    }

    @Test
    void roundTripsAndBindsRecipientInfoAndAssociatedData() {
        Hpke.Sealed sealed = hpke.seal(alice.publicKey(), info, aad, secret);
        assertEquals(32, sealed.enc().length);
        assertEquals(secret.length + 16, sealed.ciphertext().length);
        assertArrayEquals(secret, Hpke.open(alice, sealed.enc(), info, aad, sealed.ciphertext(), "t"));

        X25519KeyPair bob = X25519KeyPair.generate(KeyId.of("bob"), random);
        assertThrows(AuthenticationFailedException.class, () -> Hpke.open(bob, sealed.enc(), info, aad, sealed.ciphertext(), "t"));
        assertThrows(AuthenticationFailedException.class, () -> Hpke.open(alice, sealed.enc(), "other".getBytes(), aad, sealed.ciphertext(), "t"));
        assertThrows(AuthenticationFailedException.class, () -> Hpke.open(alice, sealed.enc(), info, new byte[0], sealed.ciphertext(), "t"));
        byte[] otherEnc = sealed.enc().clone();
        otherEnc[5] ^= 0x40;
        assertThrows(AuthenticationFailedException.class, () -> Hpke.open(alice, otherEnc, info, aad, sealed.ciphertext(), "t"));
    }

    @Test
    void freshEphemeralKeyEveryTime() {
        byte[] first = hpke.seal(alice.publicKey(), info, aad, secret).enc();
        byte[] second = hpke.seal(alice.publicKey(), info, aad, secret).enc();
        assertEquals(false, java.util.Arrays.equals(first, second));
    }

    @Test
    void rejectsSmallOrderAndMisSizedEncapsulations() {
        Hpke.Sealed sealed = hpke.seal(alice.publicKey(), info, aad, secret);
        assertThrows(AuthenticationFailedException.class, () -> Hpke.open(alice, new byte[32], info, aad, sealed.ciphertext(), "t"));
        assertThrows(MalformedCiphertextException.class, () -> Hpke.open(alice, new byte[31], info, aad, sealed.ciphertext(), "t"));
    }
}
