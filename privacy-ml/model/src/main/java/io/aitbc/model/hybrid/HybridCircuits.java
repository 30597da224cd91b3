package io.aitbc.model.hybrid;

import io.aitbc.model.zkml.CircomOptimization;
import io.aitbc.model.zkml.CircuitsToolchain;
import io.aitbc.zk.formats.PowersOfTau;
import io.aitbc.zk.formats.R1cs;
import io.aitbc.zk.formats.SnarkjsJson;
import io.aitbc.zk.formats.ZKey;
import io.aitbc.zk.groth16.Groth16Setup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the proving artifacts of a hybrid relation once and keeps them in a folder: compiles the main with
 * the pinned circom2 (circuits/scripts/compile-main.sh), runs the Groth16 setup (our engine, one random
 * contribution) from a powers-of-tau file, and stores main.circom, main.r1cs, main_js/main.wasm, main.zkey and
 * verification_key.json under {@code <name>-<hash>/}, the hash covering the main's source and the templates
 * (so a change of either builds anew). A folder appears atomically when complete.
 *
 * <p>The zkey is the trusted artifact: the server publishes the input relation's zkey (clients prove with it)
 * and the verification keys; a client trusts an evaluation key only from the marketplace or registry.
 */
public final class HybridCircuits {

    /**
     * Preferred optimization: --O1 keeps the bit decompositions as separate small-coefficient constraints instead of
     * substituting them into every use (--O2), which makes the Groth16 setup several times faster (the zkML circuits
     * measured 7x) for about 40% more constraints. When those no longer fit the powers of tau, the circuit is compiled
     * again with --O2 (docs/HYBRID.md §8). The preference is part of the cache key; the choice is in {@code optimization}.
     */
    static final CircomOptimization PREFERRED = CircomOptimization.O1;

    private final CircuitsToolchain toolchain;
    private final Path store;
    private final Path ptau;

    public HybridCircuits(CircuitsToolchain toolchain, Path store, Path ptau) {
        this.toolchain = toolchain;
        this.store = store.toAbsolutePath().normalize();
        this.ptau = ptau.toAbsolutePath().normalize();
    }

    public Path store() { return store; }

    /** The folder of a relation's artifacts, built first if it does not exist. */
    public synchronized CircuitArtifacts artifacts(CircuitMain main) throws IOException {
        String key = Sha256.hex((main.sourceHash() + toolchain.fingerprint() + PREFERRED.flag()).getBytes(StandardCharsets.US_ASCII)).substring(0, 16);
        Path dir = store.resolve(main.name() + "-" + key);
        if (!Files.isRegularFile(dir.resolve(CircuitArtifacts.ZKEY))) {
            build(main, dir);
        }
        return CircuitArtifacts.in(dir);
    }

    /** The artifacts of a relation built earlier, by folder name (what {@link HybridProfile} names); empty if none. */
    public java.util.Optional<CircuitArtifacts> built(String name) {
        if (name == null || !HybridProfile.CircuitNames.isValid(name)) return java.util.Optional.empty();
        Path dir = store.resolve(name);
        try {
            return java.util.Optional.of(CircuitArtifacts.in(dir));
        } catch (IOException e) { // not built (or not completely): nothing to serve
            return java.util.Optional.empty();
        }
    }

    private void build(CircuitMain main, Path dir) throws IOException {
        Files.createDirectories(store);
        Path tmp = Files.createTempDirectory(store, dir.getFileName() + ".tmp-");
        try {
            Path source = tmp.resolve("main.circom");
            Files.writeString(source, main.source());
            PowersOfTau tau = PowersOfTau.open(ptau);
            CircomOptimization chosen = PREFERRED;
            compile(source, tmp, chosen);
            R1cs r1cs = R1cs.read(tmp.resolve("main.r1cs"));
            if (domainLog(r1cs) > tau.power() && chosen != CircomOptimization.O2) {
                chosen = CircomOptimization.O2;
                compile(source, tmp, chosen);
                r1cs = R1cs.read(tmp.resolve("main.r1cs"));
            }
            Files.writeString(tmp.resolve("optimization"), chosen.flag() + "\n");
            ZKey zkey = Groth16Setup.setup(r1cs, tau);
            zkey.write(tmp.resolve(CircuitArtifacts.ZKEY));
            SnarkjsJson.write(tmp.resolve(CircuitArtifacts.VERIFICATION_KEY), zkey.verificationKey());
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir);
            }
        } finally {
            deleteTree(tmp);
        }
    }

    /** log2 of the Groth16 domain the circuit needs (constraints + public inputs + 1 rows). */
    private static int domainLog(R1cs r1cs) {
        long rows = (long) r1cs.nConstraints() + r1cs.nPublic() + 1;
        return 64 - Long.numberOfLeadingZeros(rows - 1);
    }

    private void compile(Path source, Path out, CircomOptimization optimization) throws IOException {
        Path log = out.resolve("compile.log");
        Process p = new ProcessBuilder(List.of(toolchain.compileScript().toString(), source.toString(), out.toString(),
                        optimization.flag()))
                .directory(toolchain.dir().toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            int code = p.waitFor();
            if (code != 0 || !Files.isRegularFile(out.resolve("main.r1cs"))) {
                List<String> lines = Files.readAllLines(log);
                throw new IOException("circom2 failed (exit " + code + ") on " + source + ":\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while compiling " + source, e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
