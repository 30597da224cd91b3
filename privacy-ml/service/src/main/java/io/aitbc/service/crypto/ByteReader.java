package io.aitbc.service.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bounds-checked reader matching {@link ByteWriter}. Any read past the end, or a length that claims
 * more bytes than remain, raises {@link MalformedCiphertextException} naming the field.
 */
final class ByteReader {

    private final byte[] data;
    private final String what;
    private int position;

    ByteReader(byte[] data, String what) {
        if (data == null) {
            throw new MalformedCiphertextException(what + ": no bytes given");
        }
        this.data = data;
        this.what = what;
    }

    int u8(String field) {
        need(1, field);
        return data[position++] & 0xFF;
    }

    int u16(String field) {
        need(2, field);
        int value = ((data[position] & 0xFF) << 8) | (data[position + 1] & 0xFF);
        position += 2;
        return value;
    }

    int u32(String field) {
        need(4, field);
        long value = ((long) (data[position] & 0xFF) << 24) | ((data[position + 1] & 0xFF) << 16)
                | ((data[position + 2] & 0xFF) << 8) | (data[position + 3] & 0xFF);
        position += 4;
        if (value > Integer.MAX_VALUE) {
            throw new MalformedCiphertextException(what + ": " + field + " length " + value + " is too large");
        }
        return (int) value;
    }

    byte[] bytes(int length, String field) {
        need(length, field);
        byte[] out = Arrays.copyOfRange(data, position, position + length);
        position += length;
        return out;
    }

    byte[] shortBytes(String field) {
        int length = u8(field + " length");
        if (length == 0) {
            throw new MalformedCiphertextException(what + ": empty " + field);
        }
        return bytes(length, field);
    }

    byte[] u16Bytes(String field) {
        return bytes(u16(field + " length"), field);
    }

    byte[] u32Bytes(String field) {
        return bytes(u32(field + " length"), field);
    }

    KeyId keyId(String field) {
        String text = new String(shortBytes(field), StandardCharsets.US_ASCII);
        try {
            return new KeyId(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedCiphertextException(what + ": invalid " + field);
        }
    }

    /** Everything not read yet. */
    byte[] rest() {
        byte[] out = Arrays.copyOfRange(data, position, data.length);
        position = data.length;
        return out;
    }

    int position() {
        return position;
    }

    int remaining() {
        return data.length - position;
    }

    /** Fails if bytes are left over: a well-formed object has no trailing garbage. */
    void expectEnd() {
        if (position != data.length) {
            throw new MalformedCiphertextException(what + ": " + (data.length - position) + " unexpected trailing bytes");
        }
    }

    private void need(int length, String field) {
        if (length < 0 || length > data.length - position) {
            throw new MalformedCiphertextException(what + " is truncated: " + field + " needs " + length
                    + " bytes at offset " + position + ", only " + (data.length - position) + " left");
        }
    }
}
