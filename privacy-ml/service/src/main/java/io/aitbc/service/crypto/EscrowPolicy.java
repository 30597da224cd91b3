package io.aitbc.service.crypto;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Who holds escrow shares of a data key, and how many of them ({@code threshold}) are needed to recover it. */
public record EscrowPolicy(int threshold, List<X25519PublicKey> agents) {

    public EscrowPolicy {
        agents = List.copyOf(agents);
        if (agents.isEmpty() || agents.size() > 255) {
            throw new IllegalArgumentException("escrow needs 1 to 255 agents, got " + agents.size());
        }
        if (threshold < 1 || threshold > agents.size()) {
            throw new IllegalArgumentException("threshold must be between 1 and the number of agents (" + agents.size() + "), got " + threshold);
        }
        Set<KeyId> ids = new HashSet<>();
        for (X25519PublicKey agent : agents) {
            if (!ids.add(agent.id())) {
                throw new IllegalArgumentException("escrow agent '" + agent.id() + "' is listed twice");
            }
        }
    }

    public static EscrowPolicy of(int threshold, X25519PublicKey... agents) {
        return new EscrowPolicy(threshold, List.of(agents));
    }
}
