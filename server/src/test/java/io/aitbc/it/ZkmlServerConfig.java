package io.aitbc.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The zkML settings every test server gets: the checkout's circuits toolchain, a development powers-of-tau folder
 * (the 2^12 dev file; larger sizes are generated on demand), automatic circuit builds only for small models (the
 * Fashion-MNIST models other tests register are not built), and proof anchoring pointed at a chain node that does not
 * answer (with a key made up here), so that the anchoring failure path is exercised; ChainClientTest covers a real one.
 */
final class ZkmlServerConfig {

    static final int AUTO_BUILD_MAX_PARAMETERS = 1000;

    private ZkmlServerConfig() {
    }

    static Map<String, String> of(Path dataDir) {
        try {
            Path ptau = Files.createDirectories(dataDir.resolve("ptau"));
            Files.copy(root().resolve("circuits/ptau/pot12_dev_unsafe.ptau"), ptau.resolve("pot12_dev_unsafe.ptau"),
                    StandardCopyOption.REPLACE_EXISTING);
            Map<String, String> c = new TreeMap<>();
            c.put("aitbc.zkml.ptau", ptau.toString());
            c.put("aitbc.zkml.ptau-development", "true");
            c.put("aitbc.circuits.dir", root().resolve("circuits").toString());
            c.put("aitbc.zkml.artifacts-dir", dataDir.resolve("zkml-artifacts").toString());
            c.put("aitbc.zkml.auto-build-max-parameters", Integer.toString(AUTO_BUILD_MAX_PARAMETERS));
            c.put("aitbc.zkml.anchor-proofs", "true");
            c.put("aitbc.chain.rpc-url", "http://127.0.0.1:" + closedPort());
            c.put("aitbc.chain.chain-id", "31337");
            c.put("aitbc.chain.signing-key", freshKey());
            c.put("aitbc.chain.receipt-verifier", "0x" + "11".repeat(20));
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path root() {
        return Path.of(System.getProperty("aitbc.it.root", "..")).toAbsolutePath().normalize();
    }

    /** A loopback port nothing listens on (bound and released here). */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    private static String freshKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        key[0] = (byte) ((key[0] & 0x3f) | 0x01); // in (0, curve order)
        return HexFormat.of().formatHex(key);
    }
}
