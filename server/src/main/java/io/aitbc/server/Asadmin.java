package io.aitbc.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Payara's asadmin with a chosen JDK and returns its output; a non-zero exit is an {@link AsadminException}. */
final class Asadmin {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final PayaraInstallation installation;
    private final Path javaHome;

    Asadmin(PayaraInstallation installation, Path javaHome) {
        this.installation = installation;
        this.javaHome = javaHome;
    }

    /** Runs a command; throws with its output when it fails. */
    String run(List<String> args) {
        Result r = tryRun(args);
        if (r.exitCode() != 0) {
            throw new AsadminException(String.join(" ", redact(args)), r.exitCode(), r.output());
        }
        return r.output();
    }

    /** Runs the given command lines in one asadmin process (one JVM start instead of one per command). */
    String runScript(List<String> globalOptions, List<String> commandLines) {
        try {
            Path script = Files.createTempFile("aitbc-asadmin", ".txt");
            try {
                Files.write(script, commandLines, StandardCharsets.UTF_8);
                List<String> args = new ArrayList<>(globalOptions);
                args.addAll(List.of("multimode", "--file", script.toString()));
                return run(args);
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(int exitCode, String output) { }

    Result tryRun(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(installation.asadmin().toString());
        command.add("--interactive=false");
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("AS_JAVA", javaHome.toString());
        pb.environment().put("JAVA_HOME", javaHome.toString());
        try {
            // Output goes to a file, not a pipe: start-domain leaves a server process behind.
            Path out = Files.createTempFile("aitbc-asadmin", ".out");
            try {
                Process p = pb.redirectOutput(out.toFile()).start();
                if (!p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    return new Result(124, "timed out after " + TIMEOUT + ":\n" + Files.readString(out));
                }
                return new Result(p.exitValue(), Files.readString(out));
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running asadmin " + args, e);
        }
    }

    private static List<String> redact(List<String> args) {
        return args.stream().map(a -> a.contains("password=") ? a.replaceAll("password=[^:\"]*", "password=***") : a).toList();
    }
}
