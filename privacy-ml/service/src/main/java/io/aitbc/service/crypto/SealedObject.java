package io.aitbc.service.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Envelope encryption of one object: the payload under a fresh data key (DEK), and key slots that
 * each give the DEK to someone: the server's key manager, recipients, escrow agents.
 *
 * <pre>
 * magic 0xAE | version 0x01 | type 0x04 | data key id | slot count (1)
 * | per slot: kind (1: KEK, 2: recipient, 3: escrow) | body (4-byte length)
 * | payload: AES-GCM envelope under the DEK (rest)
 *   KEK body:       AES-GCM envelope of the DEK under the KEK it names
 *   recipient body: recipient id | HPKE enc (32) | sealed DEK (2-byte length)
 *   escrow body:    escrow bundle
 * </pre>
 *
 * The payload does not authenticate the slots, so slots can be added or re-wrapped without touching the
 * payload; every slot is bound to the DEK id and the context instead.
 */
public final class SealedObject {

    private static final String WHAT = Format.Type.SEALED_OBJECT.description;

    private final KeyId dataKeyId;
    private final List<KeySlot> slots;
    private final byte[] payload;

    SealedObject(KeyId dataKeyId, List<KeySlot> slots, byte[] payload) {
        if (slots.isEmpty() || slots.size() > 255) {
            throw new IllegalArgumentException("a sealed object needs 1 to 255 key slots, got " + slots.size());
        }
        this.dataKeyId = dataKeyId;
        this.slots = List.copyOf(slots);
        this.payload = payload;
    }

    public KeyId dataKeyId() {
        return dataKeyId;
    }

    /** The KEKs of the server's key manager that can unwrap the data key. */
    public List<KeyId> kekIds() {
        return slots.stream().filter(KeySlot.Kek.class::isInstance).map(slot -> ((KeySlot.Kek) slot).kekId()).toList();
    }

    public List<KeyId> recipientIds() {
        return slots.stream().filter(KeySlot.Recipient.class::isInstance).map(slot -> ((KeySlot.Recipient) slot).recipientId()).toList();
    }

    public Optional<EscrowBundle> escrow() {
        return slots.stream().filter(KeySlot.Escrow.class::isInstance).map(slot -> ((KeySlot.Escrow) slot).bundle()).findFirst();
    }

    /** Size of the encrypted payload (plaintext + 16-byte tag + header). */
    public int payloadLength() {
        return payload.length;
    }

    List<KeySlot> slots() {
        return slots;
    }

    byte[] payload() {
        return payload;
    }

    SealedObject withSlots(List<KeySlot> newSlots) {
        return new SealedObject(dataKeyId, newSlots, payload);
    }

    public byte[] encode() {
        ByteWriter out = new ByteWriter();
        Format.writeHeader(out, Format.Type.SEALED_OBJECT);
        out.keyId(dataKeyId).u8(slots.size());
        for (KeySlot slot : slots) {
            switch (slot) {
                case KeySlot.Kek kek -> out.u8(KeySlot.KEK).u32Bytes(kek.wrapped());
                case KeySlot.Recipient recipient -> out.u8(KeySlot.RECIPIENT).u32Bytes(new ByteWriter()
                        .keyId(recipient.recipientId()).raw(recipient.enc()).u16Bytes(recipient.sealedKey()).toByteArray());
                case KeySlot.Escrow escrow -> out.u8(KeySlot.ESCROW).u32Bytes(escrow.bundle().encode());
            }
        }
        return out.raw(payload).toByteArray();
    }

    public static SealedObject decode(byte[] bytes) {
        ByteReader in = Format.readHeader(bytes, Format.Type.SEALED_OBJECT);
        KeyId dataKeyId = in.keyId("data key id");
        int count = in.u8("slot count");
        if (count == 0) {
            throw new MalformedCiphertextException(WHAT + ": no key slot");
        }
        List<KeySlot> slots = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = in.u8("slot kind");
            byte[] body = in.u32Bytes("slot body");
            slots.add(switch (kind) {
                case KeySlot.KEK -> kekSlot(body);
                case KeySlot.RECIPIENT -> recipientSlot(body);
                case KeySlot.ESCROW -> new KeySlot.Escrow(escrowBundle(body, dataKeyId));
                default -> throw new MalformedCiphertextException(WHAT + ": unknown key slot kind " + kind);
            });
        }
        byte[] payload = in.rest();
        KeyId payloadKey = AeadEnvelope.keyIdOf(payload);
        if (!payloadKey.equals(dataKeyId)) {
            throw new MalformedCiphertextException(WHAT + ": payload is encrypted under " + payloadKey + ", header names " + dataKeyId);
        }
        return new SealedObject(dataKeyId, slots, payload);
    }

    private static KeySlot kekSlot(byte[] body) {
        AeadEnvelope.keyIdOf(body); // validates the envelope header now rather than at unwrap time
        return new KeySlot.Kek(body);
    }

    private static KeySlot recipientSlot(byte[] body) {
        ByteReader in = new ByteReader(body, WHAT + " recipient slot");
        KeySlot.Recipient slot = new KeySlot.Recipient(in.keyId("recipient id"), in.bytes(Hpke.ENC_LENGTH, "HPKE encapsulation"),
                in.u16Bytes("sealed data key"));
        in.expectEnd();
        return slot;
    }

    private static EscrowBundle escrowBundle(byte[] body, KeyId dataKeyId) {
        EscrowBundle bundle = EscrowBundle.decode(body);
        if (!bundle.dataKeyId().equals(dataKeyId)) {
            throw new MalformedCiphertextException(WHAT + ": escrow bundle is for " + bundle.dataKeyId() + ", not " + dataKeyId);
        }
        return bundle;
    }

    @Override
    public String toString() {
        return "SealedObject[dataKey=" + dataKeyId + ", keks=" + kekIds() + ", recipients=" + recipientIds()
                + escrow().map(bundle -> ", escrow=" + bundle.threshold() + " of " + bundle.agentIds()).orElse("") + "]";
    }
}
