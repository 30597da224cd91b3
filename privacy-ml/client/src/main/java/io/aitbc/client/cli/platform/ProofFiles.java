package io.aitbc.client.cli.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aitbc.client.api.AitbcClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a stored proof as the three snarkjs files, so that {@code snarkjs groth16 verify verification_key.json
 * public.json proof.json} and {@code aitbc groth16 verify} check it without the server.
 */
final class ProofFiles {

    static final String PROOF = "proof.json";
    static final String PUBLIC = "public.json";
    static final String VERIFICATION_KEY = "verification_key.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProofFiles() {
    }

    /** Downloads proof {@code proofId} into {@code dir}; returns the files written. */
    static List<Path> download(AitbcClient client, long proofId, Path dir) {
        JsonNode proof = client.proof(proofId);
        String vkey = client.proofVerificationKey(proofId);
        try {
            Files.createDirectories(dir);
            Path p = write(dir.resolve(PROOF), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(proof.path("proof")));
            Path s = write(dir.resolve(PUBLIC), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(proof.path("publicSignals")));
            Path k = write(dir.resolve(VERIFICATION_KEY), vkey);
            return List.of(p, s, k);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the proof files into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path write(Path file, String content) throws IOException {
        Files.writeString(file, content.endsWith("\n") ? content : content + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
