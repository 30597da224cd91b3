package io.aitbc.service.crypto;

import java.util.List;

/**
 * The escrow of one data key: its k-of-n Shamir shares, each HPKE-sealed to one agent, with a digest
 * per share (so a tampered share is caught and named) and a key-check value of the data key.
 *
 * <pre>
 * magic 0xAE | version 0x01 | type 0x03 | data key id | threshold k (1) | share count n (1)
 * | key check: HMAC-SHA256(data key, label | data key id) (32)
 * | n times: x (1) | agent id | SHA-256 share digest (32) | HPKE enc (32) | sealed share (2-byte length)
 * </pre>
 */
public final class EscrowBundle {

    static final int DIGEST_LENGTH = 32;

    record Entry(int x, KeyId agentId, byte[] digest, byte[] enc, byte[] sealedShare) {
    }

    private final KeyId dataKeyId;
    private final int threshold;
    private final byte[] keyCheck;
    private final List<Entry> entries;

    EscrowBundle(KeyId dataKeyId, int threshold, byte[] keyCheck, List<Entry> entries) {
        if (threshold < 1 || threshold > entries.size() || entries.size() > 255) {
            throw new MalformedCiphertextException("escrow bundle: threshold " + threshold + " of " + entries.size() + " shares");
        }
        this.dataKeyId = dataKeyId;
        this.threshold = threshold;
        this.keyCheck = keyCheck.clone();
        this.entries = List.copyOf(entries);
    }

    public KeyId dataKeyId() {
        return dataKeyId;
    }

    public int threshold() {
        return threshold;
    }

    public int shareCount() {
        return entries.size();
    }

    public List<KeyId> agentIds() {
        return entries.stream().map(Entry::agentId).toList();
    }

    byte[] keyCheck() {
        return keyCheck.clone();
    }

    List<Entry> entries() {
        return entries;
    }

    public byte[] encode() {
        ByteWriter out = new ByteWriter();
        Format.writeHeader(out, Format.Type.ESCROW_BUNDLE);
        out.keyId(dataKeyId).u8(threshold).u8(entries.size()).raw(keyCheck);
        for (Entry entry : entries) {
            out.u8(entry.x()).keyId(entry.agentId()).raw(entry.digest()).raw(entry.enc()).u16Bytes(entry.sealedShare());
        }
        return out.toByteArray();
    }

    public static EscrowBundle decode(byte[] bytes) {
        ByteReader in = Format.readHeader(bytes, Format.Type.ESCROW_BUNDLE);
        KeyId dataKeyId = in.keyId("data key id");
        int threshold = in.u8("threshold");
        int count = in.u8("share count");
        byte[] keyCheck = in.bytes(DIGEST_LENGTH, "key check");
        java.util.ArrayList<Entry> entries = new java.util.ArrayList<>(count);
        java.util.Set<Integer> xs = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            int x = in.u8("share index");
            if (x == 0 || !xs.add(x)) {
                throw new MalformedCiphertextException("escrow bundle: invalid or repeated share index " + x);
            }
            entries.add(new Entry(x, in.keyId("agent id"), in.bytes(DIGEST_LENGTH, "share digest"),
                    in.bytes(Hpke.ENC_LENGTH, "HPKE encapsulation"), in.u16Bytes("sealed share")));
        }
        in.expectEnd();
        return new EscrowBundle(dataKeyId, threshold, keyCheck, entries);
    }

    @Override
    public String toString() {
        return "EscrowBundle[dataKey=" + dataKeyId + ", " + threshold + " of " + agentIds() + "]";
    }
}
