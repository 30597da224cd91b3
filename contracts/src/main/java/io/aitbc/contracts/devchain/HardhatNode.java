package io.aitbc.contracts.devchain;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A local EVM: Hardhat's node ({@code contracts/node_modules}, pinned) listening on 127.0.0.1 on a free port, with
 * the accounts whose private keys the caller passes (nothing is funded but them). Close it to stop the node.
 */
public final class HardhatNode implements AutoCloseable {
    private static final int START_ATTEMPTS = 3;
    private static final Duration POLL = Duration.ofMillis(100);

    /**
     * @param contractsDir   the contracts folder (hardhat.config.js and node_modules)
     * @param nodeExecutable the Node.js program, "node" to take it from the PATH
     * @param privateKeys    accounts to create and fund, as 32-byte private keys (they stay in this process's memory
     *                       and the node's environment only)
     * @param chainId        the chain id the node reports
     * @param startTimeout   how long to wait for the node to answer
     */
    public record Options(Path contractsDir, String nodeExecutable, List<byte[]> privateKeys, long chainId,
                          Duration startTimeout) {
        public Options {
            privateKeys = privateKeys.stream().map(byte[]::clone).toList();
            if (privateKeys.isEmpty()) throw new IllegalArgumentException("at least one account is needed");
            for (byte[] key : privateKeys) {
                if (key.length != 32) throw new IllegalArgumentException("private keys are 32 bytes");
            }
            if (chainId <= 0) throw new IllegalArgumentException("chain id must be positive");
        }
    }

    private final Process process;
    private final int port;
    private final long chainId;
    private final Path log;

    private HardhatNode(Process process, int port, long chainId, Path log) {
        this.process = process;
        this.port = port;
        this.chainId = chainId;
        this.log = log;
    }

    /** Starts a node and returns once it answers JSON-RPC. */
    public static HardhatNode start(Options options) throws IOException {
        Path hardhat = options.contractsDir().resolve("node_modules/.bin/hardhat");
        if (!Files.exists(hardhat)) {
            throw new IOException("no Hardhat in " + options.contractsDir()
                    + "/node_modules: build the contracts module first (mvn -pl contracts -am verify)");
        }
        IOException last = null;
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            try {
                return startOnce(options, hardhat, freeLoopbackPort());
            } catch (PortTakenException e) {
                last = e; // another process took the port between our probe and the node's bind: try another
            }
        }
        throw last;
    }

    private static HardhatNode startOnce(Options options, Path hardhat, int port) throws IOException {
        Path log = Files.createTempFile("hardhat-node-" + port + "-", ".log");
        ProcessBuilder builder = new ProcessBuilder(options.nodeExecutable(), hardhat.toString(), "node",
                "--hostname", "127.0.0.1", "--port", Integer.toString(port))
                .directory(options.contractsDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        HexFormat hex = HexFormat.of();
        builder.environment().put("AITBC_DEVCHAIN_KEYS", String.join(",",
                options.privateKeys().stream().map(k -> "0x" + hex.formatHex(k)).toList()));
        builder.environment().put("AITBC_DEVCHAIN_CHAIN_ID", Long.toString(options.chainId()));
        builder.environment().put("HARDHAT_DISABLE_TELEMETRY_PROMPT", "true");
        HardhatNode node = new HardhatNode(builder.start(), port, options.chainId(), log);
        try {
            node.awaitReady(options.startTimeout());
            return node;
        } catch (IOException | RuntimeException e) {
            node.close();
            throw e;
        }
    }

    private void awaitReady(Duration timeout) throws IOException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest chainIdRequest = HttpRequest.newBuilder(URI.create(rpcUrl()))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(2))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}"))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                String output = logTail();
                if (output.contains("EADDRINUSE")) throw new PortTakenException(port);
                throw new IOException("Hardhat node exited with code " + process.exitValue() + ":\n" + output);
            }
            try {
                HttpResponse<String> response = http.send(chainIdRequest, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"result\"")) return;
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the Hardhat node", e);
            }
            sleep(POLL);
        }
        throw new IOException("Hardhat node did not answer on " + rpcUrl() + " within " + timeout + ":\n" + logTail());
    }

    public String rpcUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    public int port() {
        return port;
    }

    public long chainId() {
        return chainId;
    }

    /** The end of the node's output (it logs every JSON-RPC call), for failure messages. */
    public String logTail() {
        try {
            String all = Files.readString(log, StandardCharsets.UTF_8);
            return all.length() <= 4000 ? all : all.substring(all.length() - 4000);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a leftover temporary log is harmless
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration d) throws IOException {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the Hardhat node", e);
        }
    }

    private static final class PortTakenException extends IOException {
        PortTakenException(int port) {
            super("port " + port + " was taken before the Hardhat node could bind it");
        }
    }
}
