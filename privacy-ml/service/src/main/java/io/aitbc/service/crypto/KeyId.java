package io.aitbc.service.crypto;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Name of a key, written into every object encrypted under it so that the right key can be found and a
 * wrong one reported by name. Printable ASCII without spaces, 1 to 128 characters.
 */
public record KeyId(String value) implements Comparable<KeyId> {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    public KeyId {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "key id must be 1-128 characters of [A-Za-z0-9._:@/+=-], got " + (value == null ? "null" : "'" + value + "'"));
        }
    }

    public static KeyId of(String value) {
        return new KeyId(value);
    }

    byte[] ascii() {
        return value.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public int compareTo(KeyId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
