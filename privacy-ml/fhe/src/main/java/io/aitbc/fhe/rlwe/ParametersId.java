package io.aitbc.fhe.rlwe;

import java.util.Arrays;
import java.util.HexFormat;

/** SHA-256 of a parameter set's canonical encoding: carried by every key and ciphertext. */
public record ParametersId(byte[] bytes) {

    public static final int LENGTH = 32;

    public ParametersId {
        if (bytes.length != LENGTH) throw new IllegalArgumentException("parameters id must be " + LENGTH + " bytes");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() { return bytes.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParametersId p && Arrays.equals(p.bytes, bytes);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(bytes); }

    /** The first 8 bytes in hex, enough to tell parameter sets apart in messages. */
    public String shortHex() { return HexFormat.of().formatHex(bytes, 0, 8); }

    @Override
    public String toString() { return HexFormat.of().formatHex(bytes); }
}
