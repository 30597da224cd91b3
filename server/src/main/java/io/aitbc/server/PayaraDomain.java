package io.aitbc.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** One Payara domain in a directory of our choosing, driven through asadmin. */
final class PayaraDomain {

    private final Asadmin asadmin;
    private final Path domainsDir;
    private final String name;
    private final int adminPort;

    PayaraDomain(Asadmin asadmin, Path domainsDir, String name, int adminPort) {
        this.asadmin = asadmin;
        this.domainsDir = domainsDir;
        this.name = name;
        this.adminPort = adminPort;
    }

    Path dir() {
        return domainsDir.resolve(name);
    }

    Path serverLog() {
        return dir().resolve("logs/server.log");
    }

    boolean exists() {
        return Files.isRegularFile(dir().resolve("config/domain.xml"));
    }

    void create(int portBase, List<Path> serverLibraries) {
        asadmin.run(List.of("create-domain", "--nopassword=true", "--portbase", Integer.toString(portBase),
                "--domaindir", domainsDir.toString(), name));
        try {
            Path lib = Files.createDirectories(dir().resolve("lib"));
            for (Path jar : serverLibraries) {
                Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete() {
        if (!Files.exists(dir())) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir())) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void start() {
        asadmin.run(List.of("start-domain", "--domaindir", domainsDir.toString(), name));
    }

    /** Stops the domain; a domain that is not running is left as it is. */
    void stop() {
        asadmin.tryRun(List.of("stop-domain", "--domaindir", domainsDir.toString(), name));
    }

    /**
     * Ends the server process abruptly (SIGKILL, as a power cut or the OOM killer would): no shutdown hooks, no
     * orderly stop of the applications. Returns false if no server process of this domain was running.
     */
    boolean kill() {
        Path pidFile = dir().resolve("config/pid");
        if (!Files.isRegularFile(pidFile)) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).strip());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("unreadable pid file " + pidFile + ": " + e.getMessage(), e);
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return false;
        }
        process.get().destroyForcibly();
        try {
            process.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("server process " + pid + " did not end after SIGKILL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return true;
    }

    void configure(List<String> commandLines) {
        asadmin.runScript(remote(), commandLines);
    }

    /** Deploys (or redeploys) an application; a failed deployment throws with the server's error. */
    void deploy(String appName, Path archive) {
        List<String> args = new ArrayList<>(remote());
        args.addAll(List.of("deploy", "--force=true", "--name", appName, archive.toAbsolutePath().toString()));
        asadmin.run(args);
    }

    private List<String> remote() {
        return List.of("--host", DomainConfiguration.LOCAL_ONLY, "--port", Integer.toString(adminPort));
    }
}
