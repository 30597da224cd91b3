package io.aitbc.contracts.tx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.web3j.protocol.core.Response;

import java.io.IOException;
import java.util.Optional;

/**
 * Finds the revert data in a JSON-RPC error. Nodes differ: geth and most clients put the hex string in
 * {@code error.data} (code 3); Hardhat puts an object {@code {message, data}} there.
 */
public final class RevertData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RevertData() {}

    public static Optional<String> of(Response.Error error) {
        if (error == null || error.getData() == null) return Optional.empty();
        String raw = error.getData().trim();
        if (raw.startsWith("0x")) return Optional.of(raw);
        try {
            JsonNode node = JSON.readTree(raw);
            if (node.isTextual()) return hex(node.asText());
            if (node.isObject() && node.hasNonNull("data")) return hex(node.get("data").asText());
        } catch (IOException notJson) {
            // an unknown shape carries no revert data we can use
        }
        return Optional.empty();
    }

    private static Optional<String> hex(String value) {
        return value.startsWith("0x") ? Optional.of(value) : Optional.empty();
    }
}
