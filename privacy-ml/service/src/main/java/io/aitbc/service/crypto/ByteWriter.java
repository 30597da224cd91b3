package io.aitbc.service.crypto;

import java.io.ByteArrayOutputStream;

/** Big-endian writer for the binary formats of this package; every variable field is length-prefixed. */
final class ByteWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ByteWriter u8(int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("value " + value + " does not fit in one byte");
        }
        out.write(value);
        return this;
    }

    ByteWriter u16(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("value " + value + " does not fit in two bytes");
        }
        out.write(value >>> 8);
        out.write(value);
        return this;
    }

    ByteWriter u32(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative length " + value);
        }
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
        return this;
    }

    ByteWriter raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    /** One length byte, then the bytes (1..255 of them). */
    ByteWriter shortBytes(byte[] bytes) {
        if (bytes.length == 0 || bytes.length > 0xFF) {
            throw new IllegalArgumentException("field of " + bytes.length + " bytes needs a length of 1..255");
        }
        return u8(bytes.length).raw(bytes);
    }

    ByteWriter u16Bytes(byte[] bytes) {
        return u16(bytes.length).raw(bytes);
    }

    ByteWriter u32Bytes(byte[] bytes) {
        return u32(bytes.length).raw(bytes);
    }

    ByteWriter keyId(KeyId id) {
        return shortBytes(id.ascii());
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
