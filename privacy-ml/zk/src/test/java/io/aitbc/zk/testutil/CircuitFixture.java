package io.aitbc.zk.testutil;

import io.aitbc.zk.groth16.PowersOfTauGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The test circuit (src/test/resources/circuits/poseidon_mul.circom) compiled once per JVM with circom2,
 * a small powers of tau made by our dev generator, and an input; all under target/zk-fixture.
 */
public final class CircuitFixture {

    public static final String NAME = "poseidon_mul";
    public static final String INPUT = "{\"a\": \"3\", \"b\": \"11\", \"pub\": \"7\"}";
    public static final int PTAU_POWER = 10;

    private static CircuitFixture instance;

    public final Path dir;
    public final Path r1cs;
    public final Path wasm;
    public final Path ptau;
    public final Path input;

    private CircuitFixture(Path dir) {
        this.dir = dir;
        this.r1cs = dir.resolve(NAME + ".r1cs");
        this.wasm = dir.resolve(NAME + "_js").resolve(NAME + ".wasm");
        this.ptau = dir.resolve("pot" + PTAU_POWER + ".ptau");
        this.input = dir.resolve("input.json");
    }

    public static synchronized CircuitFixture get() throws IOException {
        if (instance == null) {
            Path dir = Path.of("target", "zk-fixture").toAbsolutePath();
            Files.createDirectories(dir);
            CircuitFixture f = new CircuitFixture(dir);
            Path source = Path.of("src", "test", "resources", "circuits", NAME + ".circom").toAbsolutePath();
            NodeToolchain.run(java.util.List.of("node", NodeToolchain.circom2Cli().toString(), source.toString(),
                    "--r1cs", "--wasm", "-o", dir.toString(), "-l", NodeToolchain.nodeModules().toString()));
            PowersOfTauGenerator.generateUnsafe(PTAU_POWER, f.ptau, new SecureRandom());
            Files.writeString(f.input, INPUT);
            instance = f;
        }
        return instance;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }
}
