package io.aitbc.service.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyManagerTest {

    private final SecureRandom random = new SecureRandom();
    private final EncryptionContext context = EncryptionContext.forPurpose("model-weights").with("model", "7");
    private final AesKey dataKey = AesKey.generate(KeyId.of("dek-abc"), random);
    private final char[] password = "correct horse battery staple".toCharArray();

    @TempDir
    Path directory;

    @Test
    void createsAKeystoreOnFirstUseAndReopensIt() throws IOException {
        Path file = directory.resolve("keys/kek.p12");
        KeyManager created = KeyringKeyManager.openOrCreate(new Pkcs12KeyringStore(file, password), random);
        assertEquals(KeyId.of("kek-1"), created.primaryKeyId());
        assertTrue(Files.exists(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        byte[] wrapped = created.wrap(dataKey, context);

        KeyManager reopened = KeyringKeyManager.openOrCreate(new Pkcs12KeyringStore(file, password), random);
        assertEquals(created.keyIds(), reopened.keyIds());
        assertArrayEquals(dataKey.material(), reopened.unwrap(wrapped, dataKey.id(), context).material());
    }

    @Test
    void refusesAWrongPasswordOrAForeignFile() throws IOException {
        Path file = directory.resolve("kek.p12");
        KeyringKeyManager.openOrCreate(new Pkcs12KeyringStore(file, password), random);
        EncryptionException wrong = assertThrows(EncryptionException.class,
                () -> KeyringKeyManager.openOrCreate(new Pkcs12KeyringStore(file, "guess".toCharArray()), random));
        assertTrue(wrong.getMessage().contains("wrong password"), wrong.getMessage());
        Path garbage = Files.writeString(directory.resolve("garbage.p12"), "not a keystore");
        assertThrows(EncryptionException.class, () -> new Pkcs12KeyringStore(garbage, password).load());
    }

    @Test
    void rotationKeepsOldWrapsReadableUntilRewrappedAndRetired() {
        Path file = directory.resolve("kek.p12");
        KeyManager manager = KeyringKeyManager.openOrCreate(new Pkcs12KeyringStore(file, password), random);
        byte[] underFirst = manager.wrap(dataKey, context);

        assertEquals(KeyId.of("kek-2"), manager.rotate());
        assertEquals(KeyId.of("kek-2"), manager.primaryKeyId());
        assertEquals(KeyId.of("kek-1"), manager.wrappingKeyId(underFirst));
        assertArrayEquals(dataKey.material(), manager.unwrap(underFirst, dataKey.id(), context).material());

        byte[] underSecond = manager.rewrap(underFirst, dataKey.id(), context);
        assertEquals(KeyId.of("kek-2"), manager.wrappingKeyId(underSecond));
        assertSame(underSecond, manager.rewrap(underSecond, dataKey.id(), context), "already under the primary");

        assertThrows(IllegalArgumentException.class, () -> manager.retire(KeyId.of("kek-2")));
        manager.retire(KeyId.of("kek-1"));
        KeyUnavailableException gone = assertThrows(KeyUnavailableException.class, () -> manager.unwrap(underFirst, dataKey.id(), context));
        assertTrue(gone.getMessage().contains("kek-1"), gone.getMessage());
        assertArrayEquals(dataKey.material(), manager.unwrap(underSecond, dataKey.id(), context).material());

        KeyManager reopened = KeyringKeyManager.openOrCreate(new Pkcs12KeyringStore(file, password), random);
        assertEquals(List.of(KeyId.of("kek-2")), List.copyOf(reopened.keyIds()), "rotation and retirement were persisted");
        assertEquals(KeyId.of("kek-3"), reopened.rotate());
    }

    @Test
    void wrapsAreBoundToTheDataKeyIdAndContext() {
        KeyManager manager = KeyringKeyManager.openOrCreate(new Pkcs12KeyringStore(directory.resolve("k.p12"), password), random);
        byte[] wrapped = manager.wrap(dataKey, context);
        assertThrows(AuthenticationFailedException.class, () -> manager.unwrap(wrapped, KeyId.of("dek-other"), context));
        assertThrows(AuthenticationFailedException.class,
                () -> manager.unwrap(wrapped, dataKey.id(), EncryptionContext.forPurpose("model-weights").with("model", "8")));
    }

    /** A keystore made by the JDK's keytool loads, and keytool reads the keystores we write. */
    @Test
    void interoperatesWithKeytool() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        assumeTrue(Files.isExecutable(keytool), "keytool not available in this runtime");
        Path file = directory.resolve("made-by-keytool.p12");
        run(keytool.toString(), "-genseckey", "-alias", "kek-1", "-keyalg", "AES", "-keysize", "256", "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", new String(password), "-keypass", new String(password));
        KeyManager manager = KeyringKeyManager.openOrCreate(new Pkcs12KeyringStore(file, password), random);
        assertEquals(KeyId.of("kek-1"), manager.primaryKeyId());
        byte[] wrapped = manager.wrap(dataKey, context);
        manager.rotate();
        assertArrayEquals(dataKey.material(), manager.unwrap(wrapped, dataKey.id(), context).material());

        String listing = run(keytool.toString(), "-list", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", new String(password));
        assertTrue(listing.contains("kek-1, ") && listing.contains("kek-2, ") && listing.contains("SecretKeyEntry"), listing);
    }

    @Test
    void readsKeysFromConfigurationButCannotRotateThem() {
        AesKey kek1 = AesKey.generate(KeyId.of("kek-1"), random);
        AesKey kek2 = AesKey.generate(KeyId.of("kek-2"), random);
        Map<String, String> configuration = Map.of(
                "aitbc.crypto.kek.kek-1", Base64.getEncoder().encodeToString(kek1.material()),
                "aitbc.crypto.kek.kek-2", Base64.getEncoder().encodeToString(kek2.material()),
                "unrelated.property", "x");
        KeyManager manager = KeyringKeyManager.openOrCreate(new ConfigurationKeyringStore(configuration), random);
        assertEquals(KeyId.of("kek-2"), manager.primaryKeyId());
        byte[] wrapped = manager.wrap(dataKey, context);
        assertArrayEquals(dataKey.material(),
                KeyringKeyManager.openOrCreate(new ConfigurationKeyringStore(configuration), random).unwrap(wrapped, dataKey.id(), context).material());
        assertTrue(assertThrows(EncryptionException.class, manager::rotate).getMessage().contains("read-only"));

        String secret = "c2VjcmV0LW5vdC1iYXNlNjQ-!";
        EncryptionException bad = assertThrows(EncryptionException.class,
                () -> new ConfigurationKeyringStore(Map.of("aitbc.crypto.kek.kek-1", secret)).load());
        assertFalse(bad.getMessage().contains(secret), "the value is not echoed");
        assertThrows(EncryptionException.class, () -> new ConfigurationKeyringStore(
                Map.of("aitbc.crypto.kek.master", Base64.getEncoder().encodeToString(new byte[32]))).load());
        assertThrows(EncryptionException.class, () -> new ConfigurationKeyringStore(
                Map.of("aitbc.crypto.kek.kek-1", Base64.getEncoder().encodeToString(new byte[16]))).load());
    }

    @Test
    void logsKeyIdsButNeverKeyMaterial() {
        List<String> lines = new ArrayList<>();
        Logger logger = Logger.getLogger(KeyringKeyManager.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(new java.util.logging.SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            Path file = directory.resolve("kek.p12");
            KeyringKeyManager manager = KeyringKeyManager.openOrCreate(new Pkcs12KeyringStore(file, password), random);
            manager.rotate();
            KeyringKeyManager.openOrCreate(new Pkcs12KeyringStore(file, password), random);
            Keyring keyring = new Pkcs12KeyringStore(file, password).load();
            List<String> secrets = new ArrayList<>(List.of(new String(password)));
            for (AesKey kek : keyring.keys()) {
                secrets.add(Hex.toHexString(kek.material()));
                secrets.add(Base64.getEncoder().encodeToString(kek.material()));
            }
            String everything = String.join("\n", lines) + manager + keyring;
            assertTrue(lines.size() >= 3 && everything.contains("kek-2"), everything);
            for (String secret : secrets) {
                assertFalse(everything.contains(secret), "log or toString contains a secret");
            }
        } finally {
            logger.removeHandler(capture);
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output;
    }
}
