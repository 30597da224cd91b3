package io.aitbc.service.crypto;

/**
 * Common header of every binary object of this package: a magic byte, the format version and the object
 * type, so that bytes are self-describing and a wrong kind of object is reported as such.
 */
final class Format {

    static final int MAGIC = 0xAE;
    static final int VERSION = 1;

    /** Algorithm id of AES-256-GCM with a 96-bit nonce and a 128-bit tag. */
    static final int AES_256_GCM = 0x01;

    enum Type {
        AEAD_CIPHERTEXT(0x01, "AES-GCM ciphertext"),
        HPKE_WRAPPED_KEY(0x02, "HPKE-wrapped key"),
        ESCROW_BUNDLE(0x03, "escrow bundle"),
        SEALED_OBJECT(0x04, "sealed object"),
        ESCROW_SHARE(0x05, "escrow share");

        final int code;
        final String description;

        Type(int code, String description) {
            this.code = code;
            this.description = description;
        }
    }

    private Format() {
    }

    static void writeHeader(ByteWriter out, Type type) {
        out.u8(MAGIC).u8(VERSION).u8(type.code);
    }

    /** Reads and checks the header, returning a reader positioned after it. */
    static ByteReader readHeader(byte[] bytes, Type expected) {
        ByteReader in = new ByteReader(bytes, expected.description);
        int magic = in.u8("magic byte");
        if (magic != MAGIC) {
            throw new MalformedCiphertextException(expected.description + ": not an AITBC encrypted object (magic byte 0x"
                    + Integer.toHexString(magic) + ")");
        }
        int version = in.u8("format version");
        if (version != VERSION) {
            throw new MalformedCiphertextException(expected.description + ": unsupported format version " + version
                    + " (this build reads version " + VERSION + ")");
        }
        int type = in.u8("object type");
        if (type != expected.code) {
            throw new MalformedCiphertextException("expected a " + expected.description + " but found " + describe(type));
        }
        return in;
    }

    private static String describe(int code) {
        for (Type type : Type.values()) {
            if (type.code == code) {
                return "a " + type.description;
            }
        }
        return "unknown object type " + code;
    }
}
