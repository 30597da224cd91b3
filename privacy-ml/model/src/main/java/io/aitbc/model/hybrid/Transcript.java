package io.aitbc.model.hybrid;

import io.aitbc.zk.bn254.Fr;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SHAKEDigest;

/**
 * Fiat-Shamir transcript (SHAKE256): a domain label, then every public value and the witness commitments,
 * each length-prefixed and labelled, then the challenges squeezed as 64-byte integers reduced modulo the
 * circuit field's order (statistical distance below 2^-250 from uniform). Prover and verifier build the
 * same transcript; any change of the public data or the commitment changes every challenge.
 */
final class Transcript {

    private final SHAKEDigest shake = new SHAKEDigest(256);

    Transcript(String domain) {
        bytes("domain", domain.getBytes(StandardCharsets.US_ASCII));
    }

    Transcript bytes(String label, byte[] value) {
        byte[] l = label.getBytes(StandardCharsets.US_ASCII);
        u32(l.length);
        shake.update(l, 0, l.length);
        u32(value.length);
        shake.update(value, 0, value.length);
        return this;
    }

    Transcript integer(String label, BigInteger value) {
        return bytes(label, value.toByteArray());
    }

    Transcript integer(String label, long value) {
        return integer(label, BigInteger.valueOf(value));
    }

    /** Integer coefficients as their residues in [0, modulus), each in a fixed width. */
    Transcript polynomial(String label, BigInteger[] coefficients, BigInteger modulus) {
        int width = (modulus.bitLength() + 7) / 8;
        byte[] out = new byte[width * coefficients.length];
        for (int i = 0; i < coefficients.length; i++) {
            byte[] b = coefficients[i].mod(modulus).toByteArray();
            int len = Math.min(b.length, width);
            System.arraycopy(b, b.length - len, out, (i + 1) * width - len, len);
        }
        return bytes(label, out);
    }

    /** Squeezes {@code count} challenges; the transcript cannot be extended afterwards. */
    Fr[] challenges(int count) {
        byte[] out = new byte[64 * count];
        shake.doFinal(out, 0, out.length);
        Fr[] c = new Fr[count];
        for (int i = 0; i < count; i++) {
            byte[] x = new byte[64];
            System.arraycopy(out, 64 * i, x, 0, 64);
            c[i] = Fr.of(new BigInteger(1, x));
        }
        return c;
    }

    private void u32(int v) {
        shake.update((byte) (v >>> 24));
        shake.update((byte) (v >>> 16));
        shake.update((byte) (v >>> 8));
        shake.update((byte) v);
    }
}
