package io.aitbc.service.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CryptoSettingsTest {

    private final SecureRandom random = new SecureRandom();

    @TempDir
    Path home;

    @Test
    void developerDefaultIsAKeystoreWithAGeneratedOwnerOnlyPassword() throws Exception {
        CryptoSettings settings = new CryptoSettings(Map.of(), Map.of(), home);
        KeyManager first = settings.keyManager(random);
        Path keystore = home.resolve(".aitbc/crypto/kek.p12");
        Path password = home.resolve(".aitbc/crypto/kek.p12.password");
        assertTrue(Files.exists(keystore));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(password)));
        first.rotate();

        KeyManager again = new CryptoSettings(Map.of(), Map.of(), home).keyManager(random);
        assertEquals(KeyId.of("kek-2"), again.primaryKeyId(), "the same keystore and password are found again");
    }

    @Test
    void explicitKeystoreAndPasswordFromPropertiesOrEnvironment() throws Exception {
        Path keystore = home.resolve("secure/keys.p12");
        Map<String, String> properties = Map.of(CryptoSettings.KEYSTORE, keystore.toString(), CryptoSettings.PASSWORD, "from-property");
        new CryptoSettings(properties, Map.of(), home).keyManager(random);
        assertTrue(Files.exists(keystore));
        assertTrue(Files.notExists(home.resolve("secure/keys.p12.password")), "no generated password when one is configured");

        Path passwordFile = Files.writeString(home.resolve("pw"), "from-property\n");
        Map<String, String> environment = Map.of("AITBC_CRYPTO_KEYSTORE", keystore.toString(),
                "AITBC_CRYPTO_KEYSTORE_PASSWORD_FILE", passwordFile.toString());
        assertEquals(KeyId.of("kek-1"), new CryptoSettings(Map.of(), environment, home).keyManager(random).primaryKeyId());

        Map<String, String> wrong = Map.of("AITBC_CRYPTO_KEYSTORE", keystore.toString(), "AITBC_CRYPTO_KEYSTORE_PASSWORD", "nope");
        assertThrows(EncryptionException.class, () -> new CryptoSettings(Map.of(), wrong, home).keyManager(random));
    }

    @Test
    void keysFromTheEnvironmentTakePrecedence() {
        String kek1 = Base64.getEncoder().encodeToString(AesKey.generate(KeyId.of("kek-1"), random).material());
        String kek2 = Base64.getEncoder().encodeToString(AesKey.generate(KeyId.of("kek-2"), random).material());
        CryptoSettings settings = new CryptoSettings(Map.of("aitbc.crypto.kek.kek-2", kek2), Map.of("AITBC_CRYPTO_KEK_KEK_1", kek1), home);
        assertInstanceOf(ConfigurationKeyringStore.class, settings.keyringStore());
        KeyManager manager = settings.keyManager(random);
        assertEquals(KeyId.of("kek-2"), manager.primaryKeyId());
        assertEquals(2, manager.keyIds().size());
        assertTrue(Files.notExists(home.resolve(".aitbc")), "no keystore is created");
    }
}
