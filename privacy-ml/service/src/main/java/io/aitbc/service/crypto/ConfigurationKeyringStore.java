package io.aitbc.service.crypto;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Key-encryption keys given in configuration, for deployments whose secrets come from the environment
 * (a secrets manager, Kubernetes secrets): one property {@code aitbc.crypto.kek.kek-N} per key, holding
 * the 32 key bytes in base64. Read-only: rotate by adding {@code kek-(N+1)} to the configuration.
 */
public final class ConfigurationKeyringStore implements KeyringStore {

    public static final String PREFIX = "aitbc.crypto.kek.";

    private final Map<String, String> properties;

    public ConfigurationKeyringStore(Map<String, String> properties) {
        this.properties = Map.copyOf(properties);
    }

    @Override
    public boolean exists() {
        return properties.keySet().stream().anyMatch(name -> name.startsWith(PREFIX));
    }

    @Override
    public Keyring load() {
        List<AesKey> keks = new ArrayList<>();
        properties.forEach((name, value) -> {
            if (name.startsWith(PREFIX)) {
                String id = name.substring(PREFIX.length());
                byte[] material;
                try {
                    material = Base64.getDecoder().decode(value.strip());
                } catch (IllegalArgumentException e) {
                    throw new EncryptionException("configuration property " + name + " is not base64");
                }
                try {
                    keks.add(AesKey.of(KeyId.of(id), material));
                } catch (IllegalArgumentException e) {
                    throw new EncryptionException("configuration property " + name + ": " + e.getMessage());
                } finally {
                    java.util.Arrays.fill(material, (byte) 0);
                }
            }
        });
        if (keks.isEmpty()) {
            throw new EncryptionException("no key-encryption key configured (properties " + PREFIX + "kek-<n>)");
        }
        try {
            return Keyring.of(keks);
        } catch (IllegalArgumentException e) {
            throw new EncryptionException("configured key-encryption keys: " + e.getMessage());
        }
    }

    @Override
    public void save(Keyring keyring) {
        throw new EncryptionException("key-encryption keys from configuration are read-only: add " + PREFIX
                + "kek-<n+1> to the configuration to rotate, or use a keystore file");
    }

    @Override
    public String describe() {
        return "configuration properties " + PREFIX + "*";
    }
}
