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
 * Runs node scripts (test resources) with the circomlibjs that the circuits module installs in
 * {@code circuits/node_modules}: commitments.js recomputes the spec's hashes independently, and
 * spec-reference.mjs runs the circuits' own JS reference of the spec.
 */
final class Circomlibjs {
    static final ObjectMapper JSON = new ObjectMapper();

    private Circomlibjs() {
    }

    static JsonNode run(JsonNode request) throws IOException, InterruptedException {
        return runScript("commitments.js", request);
    }

    /**
     * Runs the circuits helper's JS reading of the spec (circuits/test/reference/zkml-spec.mjs) through
     * spec-reference.mjs.
     */
    static JsonNode runSpecReference(JsonNode request) throws IOException, InterruptedException {
        Path spec = nodeModules().getParent().resolve("test/reference/zkml-spec.mjs");
        return runScript("spec-reference.mjs", request, spec.toString());
    }

    private static JsonNode runScript(String resource, JsonNode request, String... args) throws IOException, InterruptedException {
        // zkml-spec.mjs resolves circomlibjs from its own folder; commitments.js (CommonJS) through NODE_PATH.
        Path script = Files.createTempFile("aitbc-model-", resource.substring(resource.indexOf('.')));
        try (InputStream in = Circomlibjs.class.getResourceAsStream(resource)) {
            Files.write(script, in.readAllBytes());
        }
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("node", script.toString()));
        cmd.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
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

    static Path nodeModules() {
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
