package io.aitbc.model.commit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs commitments.js (test resource) under node with the circomlibjs that the circuits module installs in
 * {@code circuits/node_modules}: the independent recomputation of the spec's hashes.
 */
final class Circomlibjs {
    static final ObjectMapper JSON = new ObjectMapper();

    private Circomlibjs() {
    }

    static JsonNode run(JsonNode request) throws IOException, InterruptedException {
        Path script = Files.createTempFile("commitments", ".js");
        try (InputStream in = Circomlibjs.class.getResourceAsStream("commitments.js")) {
            Files.write(script, in.readAllBytes());
        }
        ProcessBuilder pb = new ProcessBuilder("node", script.toString());
        pb.environment().put("NODE_PATH", nodeModules().toString());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        try (OutputStream out = p.getOutputStream()) {
            out.write(JSON.writeValueAsBytes(request));
        }
        byte[] stdout = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("node commitments.js failed");
        }
        Files.deleteIfExists(script);
        return JSON.readTree(new String(stdout, StandardCharsets.UTF_8));
    }

    private static Path nodeModules() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path nm = dir.resolve("circuits/node_modules/circomlibjs");
            if (Files.isDirectory(nm)) {
                return nm.getParent();
            }
        }
        throw new IllegalStateException("circuits/node_modules/circomlibjs not found: build with Maven -am so that the "
                + "aitbc-circuits module installs the npm toolchain");
    }
}
