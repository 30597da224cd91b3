package io.aitbc.service.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Key-encryption keys in a password-protected PKCS#12 file (the JDK's keystore format; readable with
 * {@code keytool -list -storetype PKCS12}). Each KEK is an AES secret-key entry whose alias is its id.
 * Saving writes a new file beside the old one, owner-only, and moves it into place atomically.
 */
public final class Pkcs12KeyringStore implements KeyringStore {

    private static final String TYPE = "PKCS12";

    private final Path file;
    private final char[] password;

    public Pkcs12KeyringStore(Path file, char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("a keystore password is required");
        }
        this.file = file.toAbsolutePath();
        this.password = password.clone();
    }

    @Override
    public boolean exists() {
        return Files.exists(file);
    }

    @Override
    public Keyring load() {
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance(TYPE);
            store.load(in, password);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new EncryptionException("keystore " + file + " does not exist");
        } catch (IOException | GeneralSecurityException e) {
            throw new EncryptionException("cannot open keystore " + file + ": wrong password or not a PKCS#12 file", e);
        }
        try {
            List<AesKey> keks = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                keks.add(readKek(store, alias));
            }
            if (keks.isEmpty()) {
                throw new EncryptionException("keystore " + file + " holds no key-encryption key");
            }
            return Keyring.of(keks);
        } catch (GeneralSecurityException e) {
            throw new EncryptionException("cannot read the keys of keystore " + file, e);
        } catch (IllegalArgumentException e) {
            throw new EncryptionException("keystore " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void save(Keyring keyring) {
        try {
            KeyStore store = KeyStore.getInstance(TYPE);
            store.load(null, null);
            KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
            for (AesKey kek : keyring.keys()) {
                byte[] material = kek.material();
                store.setEntry(kek.id().value(), new KeyStore.SecretKeyEntry(new SecretKeySpec(material, "AES")), protection);
                java.util.Arrays.fill(material, (byte) 0);
            }
            Path directory = file.getParent();
            Files.createDirectories(directory);
            Path temporary = createOwnerOnly(directory);
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    store.store(out, password);
                }
                moveIntoPlace(temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new EncryptionException("cannot write keystore " + file, e);
        }
    }

    @Override
    public String describe() {
        return "PKCS#12 keystore " + file;
    }

    private AesKey readKek(KeyStore store, String alias) throws GeneralSecurityException {
        if (!store.entryInstanceOf(alias, KeyStore.SecretKeyEntry.class)) {
            throw new IllegalArgumentException("entry '" + alias + "' is not a secret key");
        }
        Key key = store.getKey(alias, password);
        return toKek(alias, key);
    }

    private static AesKey toKek(String alias, Key key) {
        if (!(key instanceof SecretKey secret) || !"AES".equalsIgnoreCase(secret.getAlgorithm())
                || secret.getEncoded() == null || secret.getEncoded().length != AesKey.LENGTH) {
            throw new IllegalArgumentException("entry '" + alias + "' is not a 256-bit AES key");
        }
        byte[] material = secret.getEncoded();
        try {
            return AesKey.of(KeyId.of(alias), material);
        } finally {
            java.util.Arrays.fill(material, (byte) 0);
        }
    }

    private Path createOwnerOnly(Path directory) throws IOException {
        try {
            return Files.createTempFile(directory, file.getFileName().toString(), ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        }
    }

    private void moveIntoPlace(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
