package io.aitbc.model.zkml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Compiles a circom main with the circuits module's one compile command, {@code scripts/compile-main.sh MAIN OUT --O1|--O2}
 * (the pinned circom2, i.e. circom 2.2.3 in WebAssembly, run from that folder with its library paths). circom2 is a
 * 32-bit WebAssembly program, so it cannot use more than 4 GiB: a main that needs more fails here.
 */
final class CircomCompiler {

    /** The compiled files (in the output folder), peak memory of the compiler and wall time. */
    record Compiled(Path r1cs, Path wasm, long peakRssBytes, Duration elapsed) {
    }

    private final CircuitsToolchain toolchain;
    private final CircomOptimization optimization;

    CircomCompiler(CircuitsToolchain toolchain, CircomOptimization optimization) {
        this.toolchain = toolchain;
        this.optimization = optimization;
    }

    /** Compiles {@code main} (named {@code <base>.circom}) into {@code outDir}; circom's output lines go to {@code lines}. */
    Compiled compile(Path main, Path outDir, Consumer<String> lines) throws IOException, InterruptedException {
        String base = main.getFileName().toString().replaceFirst("\\.circom$", "");
        Files.createDirectories(outDir);
        List<String> cmd = List.of("bash", toolchain.compileScript().toString(), main.toAbsolutePath().toString(),
                outDir.toAbsolutePath().toString(), optimization.flag());
        ExternalCommand.Result r = ExternalCommand.run(toolchain.dir(), cmd, null, lines);
        Path r1cs = outDir.resolve(base + ".r1cs"), wasm = outDir.resolve(base + "_js").resolve(base + ".wasm");
        if (r.exitCode() != 0 || !Files.isRegularFile(r1cs) || !Files.isRegularFile(wasm)) {
            String memory = r.peakRssBytes() > 0 ? String.format(" after using %,d MiB", r.peakRssBytes() >> 20) : "";
            throw new CircuitBuildException(BuildStep.COMPILE, "circom2 exited with " + r.exitCode() + memory
                    + " compiling " + main + " (circom2 runs as 32-bit WebAssembly: at most 4 GiB); its output ended with:\n" + r.outputTail());
        }
        return new Compiled(r1cs, wasm, r.peakRssBytes(), r.elapsed());
    }

    /** Removes a compiler output folder (also after a failed run). */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
