package io.aitbc.service.crypto;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Injective encoding of a label and fields (each length-prefixed), used for HPKE info strings, associated
 * data, digests and MACs, so that values made for one purpose can never be mistaken for another's.
 */
final class Transcript {

    private final ByteWriter out = new ByteWriter();

    private Transcript(String label) {
        out.shortBytes(label.getBytes(StandardCharsets.US_ASCII));
    }

    static Transcript of(String label) {
        return new Transcript(label);
    }

    Transcript add(byte[] field) {
        out.u32Bytes(field);
        return this;
    }

    Transcript add(KeyId id) {
        return add(id.ascii());
    }

    Transcript add(int number) {
        out.u32(number);
        return this;
    }

    Transcript add(EncryptionContext context) {
        return add(context.encode());
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    byte[] sha256() {
        byte[] input = bytes();
        SHA256Digest digest = new SHA256Digest();
        digest.update(input, 0, input.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return hash;
    }

    byte[] hmacSha256(byte[] key) {
        byte[] input = bytes();
        HMac mac = new HMac(new SHA256Digest());
        mac.init(new KeyParameter(key));
        mac.update(input, 0, input.length);
        byte[] tag = new byte[mac.getMacSize()];
        mac.doFinal(tag, 0);
        return tag;
    }
}
