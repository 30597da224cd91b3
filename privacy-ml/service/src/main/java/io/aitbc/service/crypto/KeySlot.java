package io.aitbc.service.crypto;

/** One way to obtain the data key of a {@link SealedObject}. */
sealed interface KeySlot {

    int KEK = 1;
    int RECIPIENT = 2;
    int ESCROW = 3;

    /** The data key wrapped by the server's {@link KeyManager}: an AES-GCM envelope naming the KEK. */
    record Kek(byte[] wrapped) implements KeySlot {
        KeyId kekId() {
            return AeadEnvelope.keyIdOf(wrapped);
        }
    }

    /** The data key HPKE-sealed to one recipient's X25519 key. */
    record Recipient(KeyId recipientId, byte[] enc, byte[] sealedKey) implements KeySlot {
    }

    /** The data key split among escrow agents. */
    record Escrow(EscrowBundle bundle) implements KeySlot {
    }
}
