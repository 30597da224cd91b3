package io.aitbc.service.crypto;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the server's key-encryption keys come from, read from system properties and environment
 * variables (the environment name is the property name upper-cased with {@code .} and {@code -} as
 * {@code _}, as in MicroProfile Config):
 *
 * <ol>
 *   <li>{@code aitbc.crypto.kek.kek-<n>} = base64 of 32 bytes: keys given by configuration (read-only);</li>
 *   <li>otherwise a PKCS#12 keystore at {@code aitbc.crypto.keystore} (default
 *       {@code ~/.aitbc/crypto/kek.p12}) with the password in {@code aitbc.crypto.keystore.password} or in
 *       the file named by {@code aitbc.crypto.keystore.password-file}. With neither, a random password is
 *       generated once into {@code <keystore>.password} (owner-only): convenient on a developer machine,
 *       for production give the password from a secret store.</li>
 * </ol>
 */
public final class CryptoSettings {

    public static final String KEYSTORE = "aitbc.crypto.keystore";
    public static final String PASSWORD = "aitbc.crypto.keystore.password";
    public static final String PASSWORD_FILE = "aitbc.crypto.keystore.password-file";

    private static final System.Logger LOG = System.getLogger(CryptoSettings.class.getName());

    private final Map<String, String> properties;
    private final Map<String, String> environment;
    private final Path home;

    /**
     * @param properties  system properties
     * @param environment environment variables
     * @param home        the user's home directory, for the default keystore location
     */
    CryptoSettings(Map<String, String> properties, Map<String, String> environment, Path home) {
        this.properties = Map.copyOf(properties);
        this.environment = Map.copyOf(environment);
        this.home = home;
    }

    /** Settings from this JVM's system properties and environment. */
    public static CryptoSettings fromSystem() {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().stringPropertyNames().forEach(name -> properties.put(name, System.getProperty(name)));
        return new CryptoSettings(properties, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public KeyringStore keyringStore() {
        Map<String, String> configuredKeks = configuredKeks();
        if (!configuredKeks.isEmpty()) {
            return new ConfigurationKeyringStore(configuredKeks);
        }
        Path keystore = keystorePath();
        return new Pkcs12KeyringStore(keystore, password(keystore));
    }

    public KeyManager keyManager(SecureRandom random) {
        return KeyringKeyManager.openOrCreate(keyringStore(), random);
    }

    /** {@code aitbc.crypto.kek.kek-<n>} from properties, or {@code AITBC_CRYPTO_KEK_KEK_<n>} from the environment. */
    private Map<String, String> configuredKeks() {
        String prefix = ConfigurationKeyringStore.PREFIX + "kek-";
        String environmentPrefix = envName(prefix);
        Map<String, String> keks = new HashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(environmentPrefix)) {
                keks.put(prefix + name.substring(environmentPrefix.length()), value);
            }
        });
        properties.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                keks.put(name, value);
            }
        });
        return keks;
    }

    private String lookup(String name) {
        String value = properties.get(name);
        return value != null ? value : environment.get(envName(name));
    }

    Path keystorePath() {
        String configured = lookup(KEYSTORE);
        return configured != null ? Path.of(configured) : home.resolve(".aitbc").resolve("crypto").resolve("kek.p12");
    }

    private char[] password(Path keystore) {
        String password = lookup(PASSWORD);
        if (password != null && !password.isEmpty()) {
            return password.toCharArray();
        }
        String passwordFile = lookup(PASSWORD_FILE);
        if (passwordFile != null) {
            return readPassword(Path.of(passwordFile));
        }
        return generatedPassword(keystore.resolveSibling(keystore.getFileName() + ".password"));
    }

    private static char[] readPassword(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new EncryptionException("keystore password file " + file + " is empty");
            }
            return text.toCharArray();
        } catch (IOException e) {
            throw new EncryptionException("cannot read keystore password file " + file, e);
        }
    }

    private static char[] generatedPassword(Path file) {
        if (Files.exists(file)) {
            return readPassword(file);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, password, StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException raced) {
            return readPassword(file);
        } catch (IOException e) {
            throw new EncryptionException("cannot create keystore password file " + file, e);
        }
        LOG.log(Level.WARNING, "No keystore password configured: generated one in {0} (development default; set "
                + PASSWORD + " or " + PASSWORD_FILE + " in production)", file);
        return password.toCharArray();
    }

    static String envName(String property) {
        return property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
