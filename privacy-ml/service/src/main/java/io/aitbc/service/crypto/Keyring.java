package io.aitbc.service.crypto;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's key-encryption keys (KEKs), immutable: one primary that wraps new data keys, older ones
 * kept to unwrap what they wrapped until it is re-wrapped. KEK ids are {@code kek-1, kek-2, ...}; each
 * rotation adds the next number, so the primary of a stored keyring is simply the highest.
 */
public final class Keyring {

    private static final Pattern KEK_ID = Pattern.compile("kek-([1-9][0-9]{0,8})");

    private final TreeMap<KeyId, AesKey> keys;
    private final KeyId primary;

    private Keyring(TreeMap<KeyId, AesKey> keys, KeyId primary) {
        this.keys = keys;
        this.primary = primary;
    }

    /** A keyring holding the given KEKs, whose primary is the highest {@code kek-N}. */
    public static Keyring of(Collection<AesKey> keks) {
        if (keks.isEmpty()) {
            throw new IllegalArgumentException("a keyring needs at least one key-encryption key");
        }
        TreeMap<KeyId, AesKey> keys = new TreeMap<>();
        KeyId primary = null;
        for (AesKey kek : keks) {
            int number = numberOf(kek.id());
            if (keys.put(kek.id(), kek) != null) {
                throw new IllegalArgumentException("key-encryption key " + kek.id() + " appears twice");
            }
            if (primary == null || number > numberOf(primary)) {
                primary = kek.id();
            }
        }
        return new Keyring(keys, primary);
    }

    public static Keyring generate(SecureRandom random) {
        return of(java.util.List.of(AesKey.generate(KeyId.of("kek-1"), random)));
    }

    /** A keyring with a new primary KEK, numbered one above the current primary. */
    public Keyring rotated(SecureRandom random) {
        TreeMap<KeyId, AesKey> next = new TreeMap<>(keys);
        KeyId id = KeyId.of("kek-" + (numberOf(primary) + 1));
        next.put(id, AesKey.generate(id, random));
        return new Keyring(next, id);
    }

    /** A keyring without an old KEK; the primary cannot be retired. */
    public Keyring without(KeyId kekId) {
        if (kekId.equals(primary)) {
            throw new IllegalArgumentException("cannot retire the primary key-encryption key " + kekId + "; rotate first");
        }
        if (!keys.containsKey(kekId)) {
            throw new KeyUnavailableException("no key-encryption key " + kekId + " in the keyring " + ids());
        }
        TreeMap<KeyId, AesKey> next = new TreeMap<>(keys);
        next.remove(kekId);
        return new Keyring(next, primary);
    }

    public AesKey primary() {
        return keys.get(primary);
    }

    public Optional<AesKey> find(KeyId kekId) {
        return Optional.ofNullable(keys.get(kekId));
    }

    public SortedSet<KeyId> ids() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(keys.keySet()));
    }

    public Collection<AesKey> keys() {
        return Collections.unmodifiableCollection(keys.values());
    }

    static int numberOf(KeyId id) {
        Matcher matcher = KEK_ID.matcher(id.value());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("key-encryption key ids are kek-<number>, got '" + id + "'");
        }
        return Integer.parseInt(matcher.group(1));
    }

    @Override
    public String toString() {
        return "Keyring[primary=" + primary + ", keys=" + keys.keySet() + "]";
    }
}
