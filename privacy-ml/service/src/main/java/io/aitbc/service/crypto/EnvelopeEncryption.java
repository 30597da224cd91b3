package io.aitbc.service.crypto;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Envelope encryption of payloads (model weights at rest, results for consumers): each object gets a
 * fresh AES-256 data key; the payload is AES-256-GCM under it, bound to the context; the data key goes
 * into key slots for the server (wrapped by a KEK), for recipients (HPKE to their X25519 keys) and for
 * escrow agents (k-of-n Shamir shares, each sealed with HPKE).
 */
public final class EnvelopeEncryption {

    private static final String RECIPIENT_LABEL = "aitbc/recipient-dek/v1";
    private static final String PAYLOAD_LABEL = "aitbc/payload/v1";
    private static final String WHAT = Format.Type.SEALED_OBJECT.description;

    private final SecureRandom random;
    private final AeadEnvelope aead;
    private final Hpke hpke;
    private final KeyEscrow escrow;

    public EnvelopeEncryption(SecureRandom random) {
        this.random = random;
        this.aead = new AeadEnvelope(random);
        this.hpke = new Hpke(random);
        this.escrow = new KeyEscrow(random);
    }

    public EnvelopeEncryption() {
        this(new SecureRandom());
    }

    public SealedObject seal(byte[] plaintext, EncryptionContext context, SealingPolicy policy) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        AesKey dataKey = AesKey.generate(KeyId.of("dek-" + HexFormat.of().formatHex(id)), random);
        try {
            List<KeySlot> slots = new ArrayList<>();
            policy.server().ifPresent(server -> slots.add(new KeySlot.Kek(server.wrap(dataKey, context))));
            for (X25519PublicKey recipient : policy.recipients()) {
                slots.add(recipientSlot(dataKey, recipient, context));
            }
            policy.escrow().ifPresent(agents -> slots.add(new KeySlot.Escrow(escrow.escrow(dataKey, agents, context))));
            byte[] payload = aead.encrypt(dataKey, plaintext, payloadAad(context));
            return new SealedObject(dataKey.id(), slots, payload);
        } finally {
            dataKey.destroy();
        }
    }

    /** The server's way in: unwraps the data key with one of the key manager's KEKs. */
    public byte[] open(SealedObject sealed, EncryptionContext context, KeyManager server) {
        AesKey dataKey = unwrapWithServer(sealed, context, server);
        try {
            return open(sealed, context, dataKey);
        } finally {
            dataKey.destroy();
        }
    }

    /** A recipient's way in. */
    public byte[] open(SealedObject sealed, EncryptionContext context, X25519KeyPair recipient) {
        KeySlot.Recipient slot = sealed.slots().stream()
                .filter(KeySlot.Recipient.class::isInstance).map(KeySlot.Recipient.class::cast)
                .filter(candidate -> candidate.recipientId().equals(recipient.id()))
                .findFirst()
                .orElseThrow(() -> new KeyUnavailableException(WHAT + " " + sealed.dataKeyId() + " is not sealed to '"
                        + recipient.id() + "'; its recipients are " + sealed.recipientIds()));
        byte[] material = Hpke.open(recipient, slot.enc(), recipientInfo(sealed.dataKeyId(), recipient.id(), context), new byte[0],
                slot.sealedKey(), "data key sealed to '" + recipient.id() + "'");
        AesKey dataKey = toDataKey(sealed.dataKeyId(), material);
        try {
            return open(sealed, context, dataKey);
        } finally {
            dataKey.destroy();
        }
    }

    /** With the data key itself, e.g. as recovered from escrow by {@link KeyEscrow#recover}. */
    public byte[] open(SealedObject sealed, EncryptionContext context, AesKey dataKey) {
        return AeadEnvelope.decrypt(dataKey, sealed.payload(), payloadAad(context));
    }

    /** Re-wraps the server's slot under the primary KEK (after a rotation); the payload is untouched. */
    public SealedObject rewrap(SealedObject sealed, EncryptionContext context, KeyManager server) {
        List<KeySlot> slots = new ArrayList<>();
        boolean rewrapped = false;
        for (KeySlot slot : sealed.slots()) {
            if (slot instanceof KeySlot.Kek kek && server.keyIds().contains(kek.kekId())) {
                if (!rewrapped) {
                    slots.add(new KeySlot.Kek(server.rewrap(kek.wrapped(), sealed.dataKeyId(), context)));
                    rewrapped = true;
                }
            } else {
                slots.add(slot);
            }
        }
        if (!rewrapped) {
            throw noServerSlot(sealed, server);
        }
        return sealed.withSlots(slots);
    }

    /** Lets one more recipient open an object the server can open, without re-encrypting the payload. */
    public SealedObject addRecipient(SealedObject sealed, EncryptionContext context, KeyManager server, X25519PublicKey recipient) {
        if (sealed.recipientIds().contains(recipient.id())) {
            throw new IllegalArgumentException(WHAT + " " + sealed.dataKeyId() + " is already sealed to '" + recipient.id() + "'");
        }
        AesKey dataKey = unwrapWithServer(sealed, context, server);
        try {
            open(sealed, context, dataKey); // proves the context before handing the key to anyone
            List<KeySlot> slots = new ArrayList<>(sealed.slots());
            slots.add(recipientSlot(dataKey, recipient, context));
            return sealed.withSlots(slots);
        } finally {
            dataKey.destroy();
        }
    }

    private AesKey unwrapWithServer(SealedObject sealed, EncryptionContext context, KeyManager server) {
        for (KeySlot slot : sealed.slots()) {
            if (slot instanceof KeySlot.Kek kek && server.keyIds().contains(kek.kekId())) {
                return server.unwrap(kek.wrapped(), sealed.dataKeyId(), context);
            }
        }
        throw noServerSlot(sealed, server);
    }

    private KeySlot.Recipient recipientSlot(AesKey dataKey, X25519PublicKey recipient, EncryptionContext context) {
        byte[] material = dataKey.material();
        try {
            Hpke.Sealed sealedKey = hpke.seal(recipient, recipientInfo(dataKey.id(), recipient.id(), context), new byte[0], material);
            return new KeySlot.Recipient(recipient.id(), sealedKey.enc(), sealedKey.ciphertext());
        } finally {
            java.util.Arrays.fill(material, (byte) 0);
        }
    }

    private static KeyUnavailableException noServerSlot(SealedObject sealed, KeyManager server) {
        return new KeyUnavailableException(WHAT + " " + sealed.dataKeyId() + " is wrapped under " + sealed.kekIds()
                + "; the key manager holds " + server.keyIds());
    }

    private static AesKey toDataKey(KeyId id, byte[] material) {
        try {
            return AesKey.of(id, material);
        } catch (IllegalArgumentException e) {
            throw new MalformedCiphertextException(WHAT + ": sealed data key " + id + " is not 32 bytes");
        } finally {
            java.util.Arrays.fill(material, (byte) 0);
        }
    }

    private static byte[] recipientInfo(KeyId dataKeyId, KeyId recipientId, EncryptionContext context) {
        return Transcript.of(RECIPIENT_LABEL).add(dataKeyId).add(recipientId).add(context).bytes();
    }

    private static byte[] payloadAad(EncryptionContext context) {
        return Transcript.of(PAYLOAD_LABEL).add(context).bytes();
    }
}
