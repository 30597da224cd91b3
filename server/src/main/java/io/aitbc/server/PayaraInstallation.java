package io.aitbc.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The Payara Server Community installation that the Maven build of this module unpacked from Maven
 * Central, plus the libraries (JDBC drivers) that belong in the server's lib folder.
 */
public record PayaraInstallation(String version, Path home, Path serverLibDir) {

    public PayaraInstallation {
        if (!Files.isExecutable(home.resolve("bin/asadmin"))) {
            throw new IllegalStateException("No Payara installation at " + home
                    + ": build the server module first (mvn -pl server -am package -DskipTests)");
        }
    }

    /** The installation recorded by the build in {@code installation.properties}. */
    public static PayaraInstallation fromBuild() {
        Properties p = new Properties();
        try (InputStream in = PayaraInstallation.class.getResourceAsStream("installation.properties")) {
            if (in == null) {
                throw new IllegalStateException("installation.properties missing from the server module's classes");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PayaraInstallation(p.getProperty("payara.version"),
                Path.of(p.getProperty("payara.home")), Path.of(p.getProperty("server.lib")));
    }

    public Path asadmin() {
        return home.resolve("bin/asadmin");
    }

    /** The jars to put into a domain's lib folder (loaded by the server's common class loader). */
    public List<Path> serverLibraries() {
        if (!Files.isDirectory(serverLibDir)) {
            return List.of();
        }
        try (Stream<Path> jars = Files.list(serverLibDir)) {
            return jars.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
