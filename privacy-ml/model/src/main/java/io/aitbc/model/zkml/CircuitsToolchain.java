package io.aitbc.model.zkml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The project's {@code circuits/} folder: the circom templates ({@code lib/}) and the pinned npm toolchain
 * ({@code node_modules/}: circom2, snarkjs, circomlib) that its Maven build installs. circom2 runs under WASI
 * and opens only paths below its working directory, so every compilation runs from this folder.
 *
 * <p>Located, in this order: an explicit path ({@link #at}), the system property {@value #PROPERTY}, the
 * environment variable {@value #ENV}, else a {@code circuits/} folder in the working directory or above it
 * (a source checkout). A server configures the path; tests and command-line tools find the checkout.
 */
public final class CircuitsToolchain {
    public static final String PROPERTY = "aitbc.circuits.dir";
    public static final String ENV = "AITBC_CIRCUITS_DIR";

    private final Path dir;
    private final String node;

    private CircuitsToolchain(Path dir, String node) {
        this.dir = dir;
        this.node = node;
    }

    /** The toolchain in {@code circuitsDir}, run with the {@code node} found on the PATH. */
    public static CircuitsToolchain at(Path circuitsDir) {
        return at(circuitsDir, "node");
    }

    /** The toolchain in {@code circuitsDir}, run with the given Node.js executable (20+). */
    public static CircuitsToolchain at(Path circuitsDir, String nodeExecutable) {
        Path d = circuitsDir.toAbsolutePath().normalize();
        List<String> missing = Stream.of("package-lock.json", "lib/ml/layers.circom", "scripts/compile-main.sh", "node_modules/circom2/cli.js",
                        "node_modules/snarkjs/build/cli.cjs", "node_modules/circomlib/circuits/poseidon.circom")
                .filter(f -> !Files.isRegularFile(d.resolve(f))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(d + " is not an installed circuits folder (missing " + String.join(", ", missing)
                    + "); build it with Maven (mvn -pl circuits verify installs the npm toolchain)");
        }
        return new CircuitsToolchain(d, nodeExecutable);
    }

    /** The configured folder (property, environment) or the checkout's {@code circuits/} above the working directory. */
    public static CircuitsToolchain locate() {
        Optional<String> configured = Optional.ofNullable(System.getProperty(PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv(ENV))).filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            return at(Path.of(configured.get()));
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("circuits/lib/ml/layers.circom"))) {
                return at(d.resolve("circuits"));
            }
        }
        throw new IllegalStateException("no circuits folder configured (-D" + PROPERTY + " or $" + ENV
                + ") and none found above " + Path.of("").toAbsolutePath());
    }

    public Path dir() {
        return dir;
    }

    public String node() {
        return node;
    }

    public Path circom2Cli() {
        return dir.resolve("node_modules/circom2/cli.js");
    }

    /** The one compile command of the circuits module (circom2 with its library paths and flags). */
    public Path compileScript() {
        return dir.resolve("scripts/compile-main.sh");
    }

    public Path snarkjsCli() {
        return dir.resolve("node_modules/snarkjs/build/cli.cjs");
    }

    /**
     * SHA-256 over every template ({@code lib/**}{@code /*.circom}, path and content), the compile script and
     * {@code package-lock.json}:
     * the same main compiled with the same fingerprint gives the same circuit, so compiled artifacts stay valid.
     */
    public String fingerprint() {
        try (Stream<Path> files = Files.walk(dir.resolve("lib"))) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Path> sources = Stream.concat(files.filter(p -> p.toString().endsWith(".circom")),
                    Stream.of(dir.resolve("package-lock.json"), compileScript())).map(dir::relativize).sorted().toList();
            for (Path p : sources) {
                sha.update(p.toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(dir.resolve(p)));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the circuit templates in " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "circuits toolchain in " + dir;
    }
}
