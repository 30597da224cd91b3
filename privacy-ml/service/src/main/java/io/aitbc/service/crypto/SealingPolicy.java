package io.aitbc.service.crypto;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who can open a sealed object: the server (through its key manager), a list of recipients, escrow
 * agents (k of n), in any combination but at least one.
 */
public record SealingPolicy(Optional<KeyManager> server, List<X25519PublicKey> recipients, Optional<EscrowPolicy> escrow) {

    public SealingPolicy {
        recipients = List.copyOf(recipients);
        if (server.isEmpty() && recipients.isEmpty() && escrow.isEmpty()) {
            throw new IllegalArgumentException("a sealing policy must let someone open the object");
        }
        if (recipients.size() > 250) {
            throw new IllegalArgumentException("at most 250 recipients per object");
        }
        Set<KeyId> ids = new HashSet<>();
        for (X25519PublicKey recipient : recipients) {
            if (!ids.add(recipient.id())) {
                throw new IllegalArgumentException("recipient '" + recipient.id() + "' is listed twice");
            }
        }
    }

    /** Stored at rest: only the server opens it. */
    public static SealingPolicy atRest(KeyManager server) {
        return new SealingPolicy(Optional.of(server), List.of(), Optional.empty());
    }

    /** For recipients only: the server cannot open it. */
    public static SealingPolicy forRecipients(X25519PublicKey... recipients) {
        return new SealingPolicy(Optional.empty(), List.of(recipients), Optional.empty());
    }

    public SealingPolicy withRecipients(X25519PublicKey... more) {
        List<X25519PublicKey> all = new ArrayList<>(recipients);
        all.addAll(List.of(more));
        return new SealingPolicy(server, all, escrow);
    }

    public SealingPolicy withEscrow(EscrowPolicy policy) {
        return new SealingPolicy(server, recipients, Optional.of(policy));
    }
}
