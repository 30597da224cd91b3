package io.aitbc.zk.testutil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The pinned npm toolchain (circom2, snarkjs, circomlib, circomlibjs) that the circuits module
 * installs under {@code <repo>/circuits/node_modules}; located from the working directory upwards.
 * Tests use it as the independent reference.
 */
public final class NodeToolchain {

    private static final Path CIRCUITS = locate();

    private NodeToolchain() {
    }

    private static Path locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("circuits");
            if (Files.isRegularFile(candidate.resolve("package.json")) && Files.isDirectory(candidate.resolve("node_modules"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("circuits/node_modules not found above " + Path.of("").toAbsolutePath()
                + "; build with Maven (-am) so that the aitbc-circuits module installs the npm toolchain");
    }

    public static Path circuitsDir() {
        return CIRCUITS;
    }

    public static Path nodeModules() {
        return CIRCUITS.resolve("node_modules");
    }

    /** The snarkjs command line script. */
    public static Path snarkjsCli() {
        return nodeModules().resolve("snarkjs/build/cli.cjs");
    }

    /** circom 2 compiled to WebAssembly, run through its npm wrapper. */
    public static Path circom2Cli() {
        return nodeModules().resolve("circom2/cli.js");
    }

    /** Runs {@code node -e script args...} in the circuits folder, returns stdout; fails on non-zero exit. */
    public static String nodeEval(String script, String... args) {
        List<String> cmd = new ArrayList<>(List.of("node", "-e", script, "--"));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    /** Runs a snarkjs CLI command; returns stdout. Throws if it exits non-zero. */
    public static String snarkjs(String... args) {
        List<String> cmd = new ArrayList<>(List.of("node", snarkjsCli().toString()));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    /** Runs a snarkjs CLI command and returns its exit code (for commands expected to fail). */
    public static int snarkjsExitCode(String... args) {
        List<String> cmd = new ArrayList<>(List.of("node", snarkjsCli().toString()));
        cmd.addAll(List.of(args));
        return exec(cmd).exitCode;
    }

    public static String run(List<String> cmd) {
        Result r = exec(cmd);
        if (r.exitCode != 0) {
            throw new IllegalStateException("command failed (" + r.exitCode + "): " + String.join(" ", cmd.subList(0, Math.min(3, cmd.size())))
                    + "\n" + r.output);
        }
        return r.output;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result exec(List<String> cmd) {
        try {
            Path out = Files.createTempFile("node-out", ".txt");
            try {
                Process p = new ProcessBuilder(cmd).directory(CIRCUITS.toFile())
                        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
                if (!p.waitFor(10, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("timed out: " + cmd);
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
