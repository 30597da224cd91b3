package io.aitbc.model.zkml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each finished build step consumed and produced, in {@code steps/<circuit>-<step>.json}: the facts it
 * depended on (toolchain fingerprint, powers-of-tau, ...), the SHA-256 of its input and output files, and its
 * measurements (seconds, peak memory, constraints). A step is done when its entry exists, its facts are the
 * same and every recorded file still has its recorded hash; otherwise it runs again, and since its outputs then
 * change, so do the inputs of the steps after it.
 */
final class StepJournal {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A recorded step. */
    record Entry(Map<String, String> facts, Map<String, String> inputs, Map<String, String> outputs, Map<String, Double> measurements) {
        double measurement(String name) {
            Double v = measurements.get(name);
            if (v == null) {
                throw new IllegalStateException("journal entry lacks measurement " + name);
            }
            return v;
        }
    }

    private final Path dir;

    StepJournal(Path artifactDir) {
        this.dir = artifactDir;
    }

    /** The step's entry if it checks out against {@code facts} and the current files; empty if it must run. */
    Optional<Entry> done(CircuitKind circuit, BuildStep step, Map<String, String> facts) throws IOException {
        Optional<Entry> e = doneAsRecorded(circuit, step);
        return e.isPresent() && e.get().facts().equals(facts) ? e : Optional.empty();
    }

    /** The step's entry if its recorded files are unchanged, whatever facts it recorded. */
    Optional<Entry> doneAsRecorded(CircuitKind circuit, BuildStep step) throws IOException {
        Path f = file(circuit, step);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        Entry e;
        try {
            e = parse(JSON.readTree(f.toFile()));
        } catch (IOException | RuntimeException broken) {
            return Optional.empty(); // a half-written or foreign file: redo the step
        }
        return matches(e.inputs()) && matches(e.outputs()) ? Optional.of(e) : Optional.empty();
    }

    /** Records a finished step (written atomically, after its outputs). */
    Entry record(CircuitKind circuit, BuildStep step, Map<String, String> facts, List<String> inputs, List<String> outputs,
                 Map<String, Double> measurements) throws IOException {
        Entry e = new Entry(Map.copyOf(facts), hashes(inputs), hashes(outputs), Map.copyOf(measurements));
        ObjectNode o = JSON.createObjectNode();
        o.put("circuit", circuit.baseName()).put("step", step.name());
        o.set("facts", JSON.valueToTree(new java.util.TreeMap<>(e.facts())));
        o.set("inputs", JSON.valueToTree(new java.util.TreeMap<>(e.inputs())));
        o.set("outputs", JSON.valueToTree(new java.util.TreeMap<>(e.outputs())));
        o.set("measurements", JSON.valueToTree(new java.util.TreeMap<>(e.measurements())));
        Files.createDirectories(file(circuit, step).getParent());
        AtomicFiles.write(file(circuit, step), JSON.writeValueAsBytes(o));
        return e;
    }

    private Path file(CircuitKind circuit, BuildStep step) {
        return dir.resolve("steps").resolve(circuit.baseName() + "-" + step.name().toLowerCase() + ".json");
    }

    private boolean matches(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            if (!Files.isRegularFile(p) || !Sha256.of(p).equals(f.getValue())) {
                return false;
            }
        }
        return true;
    }

    private Map<String, String> hashes(List<String> names) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : names) {
            out.put(n, Sha256.of(dir.resolve(n)));
        }
        return out;
    }

    private static Entry parse(JsonNode o) {
        return new Entry(strings(o.get("facts")), strings(o.get("inputs")), strings(o.get("outputs")),
                JSON.convertValue(o.get("measurements"), JSON.getTypeFactory().constructMapType(Map.class, String.class, Double.class)));
    }

    private static Map<String, String> strings(JsonNode n) {
        return JSON.convertValue(n, JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class));
    }
}
