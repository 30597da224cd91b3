package io.aitbc.service.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a ciphertext is for: a purpose plus named attributes (model id, version, tenant...). It is not
 * stored in the ciphertext but authenticated as associated data, so an object can only be opened for
 * the context it was sealed for: weights of model 7 cannot be passed off as weights of model 8.
 *
 * <p>Immutable. The canonical encoding sorts attributes by name, so the order of {@link #with} calls
 * does not matter.
 */
public final class EncryptionContext {

    public static final String PURPOSE = "purpose";

    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]{1,64}");
    private static final int MAX_VALUE_BYTES = 4096;
    private static final int MAX_ATTRIBUTES = 64;

    private final TreeMap<String, String> attributes;

    private EncryptionContext(TreeMap<String, String> attributes) {
        this.attributes = attributes;
    }

    /** A context with the given purpose, e.g. {@code "model-weights"} or {@code "inference-result"}. */
    public static EncryptionContext forPurpose(String purpose) {
        return new EncryptionContext(new TreeMap<>()).with(PURPOSE, purpose);
    }

    /** A copy with one more attribute; names are lower-case {@code [a-z0-9._-]}, each set once. */
    public EncryptionContext with(String name, String value) {
        Objects.requireNonNull(value, "value");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("context attribute names are 1-64 characters of [a-z0-9._-], got '" + name + "'");
        }
        if (attributes.containsKey(name)) {
            throw new IllegalArgumentException("context attribute '" + name + "' is already set");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("context attribute '" + name + "' is longer than " + MAX_VALUE_BYTES + " bytes");
        }
        if (attributes.size() == MAX_ATTRIBUTES) {
            throw new IllegalArgumentException("a context holds at most " + MAX_ATTRIBUTES + " attributes");
        }
        TreeMap<String, String> copy = new TreeMap<>(attributes);
        copy.put(name, value);
        return new EncryptionContext(copy);
    }

    public String purpose() {
        return attributes.get(PURPOSE);
    }

    public Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    /** Canonical, injective encoding used as associated data. */
    byte[] encode() {
        ByteWriter out = new ByteWriter();
        out.u16(attributes.size());
        attributes.forEach((name, value) -> {
            out.shortBytes(name.getBytes(StandardCharsets.US_ASCII));
            out.u16Bytes(value.getBytes(StandardCharsets.UTF_8));
        });
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncryptionContext that && attributes.equals(that.attributes);
    }

    @Override
    public int hashCode() {
        return attributes.hashCode();
    }

    @Override
    public String toString() {
        return "EncryptionContext" + attributes;
    }
}
