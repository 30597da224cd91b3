package io.aitbc.fhe.serialization;

/** The kinds of serialized objects and their one-byte codes. */
public enum ObjectType {
    PARAMETERS(1),
    SECRET_KEY(2),
    PUBLIC_KEY(3),
    RELINEARIZATION_KEY(4),
    EVALUATION_KEYS(5),
    CIPHERTEXT(6);

    final int code;

    ObjectType(int code) {
        this.code = code;
    }

    static ObjectType of(int code) {
        for (ObjectType t : values()) if (t.code == code) return t;
        throw new FheFormatException("unknown object type code " + code);
    }
}
