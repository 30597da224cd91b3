package io.aitbc.contracts.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs a tool (node, solcjs, snarkjs) to completion with a time limit; output goes through temporary files so a
 * chatty tool can never block on a full pipe.
 *
 * @param command    program and arguments
 * @param workingDir directory the program runs in
 * @param timeout    the program is killed, and an exception thrown, past this
 * @param environment extra environment variables
 */
public record ExternalCommand(List<String> command, Path workingDir, Duration timeout, Map<String, String> environment) {

    public ExternalCommand {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(timeout, "timeout");
        if (command.isEmpty()) throw new IllegalArgumentException("empty command");
    }

    public static ExternalCommand of(Path workingDir, Duration timeout, String... command) {
        return new ExternalCommand(List.of(command), workingDir, timeout, Map.of());
    }

    /** What a finished program printed. */
    public record Result(int exitCode, String stdout, String stderr) {}

    /** Runs the program and returns its output, whatever its exit code. */
    public Result run() throws IOException {
        Path out = Files.createTempFile("aitbc-cmd", ".out");
        Path err = Files.createTempFile("aitbc-cmd", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    throw new IOException("timed out after " + timeout + ": " + String.join(" ", command));
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted: " + String.join(" ", command), e);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Runs the program and returns its standard output; a non-zero exit is an exception carrying stderr. */
    public String runChecked() throws IOException {
        Result result = run();
        if (result.exitCode() != 0) {
            throw new IOException("exit code " + result.exitCode() + " from " + String.join(" ", command) + ":\n"
                    + result.stderr() + result.stdout());
        }
        return result.stdout();
    }
}
