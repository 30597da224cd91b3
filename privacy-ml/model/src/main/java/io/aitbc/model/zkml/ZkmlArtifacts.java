package io.aitbc.model.zkml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The immutable artifact set of one model (one commitment): its circuits with their keys, described by the
 * manifest {@value #MANIFEST} that {@link CircuitBuilder} writes last. A folder without the manifest is an
 * unfinished build. Paths are absolute; the manifest stores them relative to the folder, so it can be moved.
 */
public record ZkmlArtifacts(Path directory, BigInteger modelCommitment, BigInteger archHash, int classes,
                            String toolchainFingerprint, CircomOptimization optimization, Map<CircuitKind, CircuitArtifacts> circuits) {
    public static final String MANIFEST = "artifacts.json";
    public static final String FORMAT = "aitbc-zkml-artifacts/1";

    public ZkmlArtifacts {
        circuits = Map.copyOf(circuits);
        if (!circuits.containsKey(CircuitKind.INFERENCE)) {
            throw new IllegalArgumentException("an artifact set needs the inference circuit");
        }
    }

    public CircuitArtifacts inference() {
        return circuits.get(CircuitKind.INFERENCE);
    }

    public Optional<CircuitArtifacts> integrity() {
        return Optional.ofNullable(circuits.get(CircuitKind.INTEGRITY));
    }

    /** What a verifier binds proofs to. */
    public ModelBinding binding() {
        return new ModelBinding(modelCommitment, archHash, classes);
    }

    /** Reads the manifest of {@code directory}; empty when the build has not finished. */
    public static Optional<ZkmlArtifacts> read(Path directory) throws IOException {
        Path manifest = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        JsonNode o = StepJournal.JSON.readTree(manifest.toFile());
        if (o == null || !FORMAT.equals(o.path("format").asText())) {
            throw new IOException(manifest + ": not a " + FORMAT + " manifest");
        }
        Path dir = directory.toAbsolutePath();
        Map<CircuitKind, CircuitArtifacts> circuits = new EnumMap<>(CircuitKind.class);
        for (CircuitKind kind : CircuitKind.values()) {
            JsonNode c = o.path("circuits").path(kind.baseName());
            if (c.isObject()) {
                circuits.put(kind, new CircuitArtifacts(kind, dir.resolve(c.get("main").asText()), dir.resolve(c.get("r1cs").asText()),
                        dir.resolve(c.get("wasm").asText()), dir.resolve(c.get("zkey").asText()), dir.resolve(c.get("vkey").asText()),
                        c.get("constraints").asInt(), c.get("wires").asInt(), c.get("publicSignals").asInt(), c.get("domainLog").asInt(),
                        c.get("ptau").asText(), c.get("ptauPower").asInt(), c.get("ptauUnsafe").asBoolean(),
                        c.get("compileSeconds").asDouble(), c.get("compilePeakBytes").asLong(), c.get("setupSeconds").asDouble()));
            }
        }
        return Optional.of(new ZkmlArtifacts(dir, new BigInteger(o.get("modelCommitment").asText()),
                new BigInteger(o.get("archHash").asText()), o.get("classes").asInt(), o.get("toolchain").asText(),
                CircomOptimization.valueOf(o.get("optimization").asText()), circuits));
    }

    /** Writes the manifest (atomically); called once, when every file it names is in place. */
    void write() throws IOException {
        ObjectNode o = StepJournal.JSON.createObjectNode();
        o.put("format", FORMAT).put("modelCommitment", modelCommitment.toString()).put("archHash", archHash.toString())
                .put("classes", classes).put("toolchain", toolchainFingerprint)
                .put("compiler", "circuits/scripts/compile-main.sh").put("optimization", optimization.name());
        ObjectNode cs = o.putObject("circuits");
        for (CircuitArtifacts c : circuits.values()) {
            cs.putObject(c.kind().baseName()).put("main", rel(c.main())).put("r1cs", rel(c.r1cs())).put("wasm", rel(c.wasm()))
                    .put("zkey", rel(c.zkey())).put("vkey", rel(c.verificationKey())).put("constraints", c.constraints())
                    .put("wires", c.wires()).put("publicSignals", c.publicSignals()).put("domainLog", c.domainLog())
                    .put("ptau", c.ptauFile()).put("ptauPower", c.ptauPower()).put("ptauUnsafe", c.ptauUnsafe())
                    .put("compileSeconds", c.compileSeconds()).put("compilePeakBytes", c.compilePeakBytes())
                    .put("setupSeconds", c.setupSeconds());
        }
        AtomicFiles.write(directory.resolve(MANIFEST), StepJournal.JSON.writeValueAsBytes(o));
    }

    private String rel(Path p) {
        return directory.relativize(p).toString();
    }
}
