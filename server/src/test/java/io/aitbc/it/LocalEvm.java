package io.aitbc.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.aitbc.contracts.devchain.HardhatNode;
import io.aitbc.contracts.solc.SolcJs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A Hardhat node (the contracts module's {@link HardhatNode}) with one fresh funded account, and contract deployment
 * over plain JSON-RPC: the node signs for the accounts it was started with, so no Ethereum library is needed here.
 */
final class LocalEvm implements AutoCloseable {

    static final long CHAIN_ID = 31337;

    private final HardhatNode node;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String account;

    private LocalEvm(HardhatNode node) throws IOException {
        this.node = node;
        this.account = rpc("eth_accounts", List.of()).get(0).asText();
    }

    static LocalEvm start(Path root) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        key[0] &= 0x7f; // below the curve order
        HardhatNode node = HardhatNode.start(new HardhatNode.Options(root.resolve("contracts"), "node", List.of(key),
                CHAIN_ID, Duration.ofSeconds(60)));
        try {
            return new LocalEvm(node);
        } catch (IOException | RuntimeException e) {
            node.close(); // never leave a node running
            throw e;
        }
    }

    String rpcUrl() {
        return node.rpcUrl();
    }

    /** The account that signs this node's transactions (lowercase hex). */
    String account() {
        return account.toLowerCase(java.util.Locale.ROOT);
    }

    /** Compiles one Solidity file with the project's pinned solc and deploys its contract {@code name}. */
    String deploy(Path root, Path source, String name, Path workDir) throws IOException {
        String bytecode = new SolcJs(root.resolve("contracts"), "node").compile(workDir, List.of(source)).get(name).bytecode();
        Map<String, Object> tx = Map.of("from", account, "data", bytecode.startsWith("0x") ? bytecode : "0x" + bytecode,
                "gas", "0x4c4b40");
        return mined(tx, "deployment of " + name).path("contractAddress").asText();
    }

    /** Sends a transaction calling a contract with ABI-encoded {@code data} ("0x..."); fails unless it succeeded. */
    void transact(String contract, String data) throws IOException {
        mined(Map.of("from", account, "to", contract, "data", data, "gas", "0x4c4b40"), "call to " + contract);
    }

    /** keccak256 as the node computes it (web3_sha3), as 64 hex digits. */
    String keccak(byte[] data) throws IOException {
        return rpc("web3_sha3", List.of("0x" + java.util.HexFormat.of().formatHex(data))).asText().substring(2);
    }

    private JsonNode mined(Map<String, Object> transaction, String what) throws IOException {
        String tx = rpc("eth_sendTransaction", List.of(transaction)).asText();
        JsonNode receipt = rpc("eth_getTransactionReceipt", List.of(tx));
        if (!"0x1".equals(receipt.path("status").asText())) {
            throw new IOException(what + " failed: " + receipt);
        }
        return receipt;
    }

    private JsonNode rpc(String method, List<Object> params) throws IOException {
        String body = Api.toJson(Map.of("jsonrpc", "2.0", "id", 1, "method", method, "params", params));
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(node.rpcUrl()))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode answer = Api.parse(r.body());
            if (answer.has("error")) {
                throw new IOException(method + ": " + answer.get("error"));
            }
            return answer.get("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        node.close();
    }
}
