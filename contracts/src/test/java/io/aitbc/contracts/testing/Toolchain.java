package io.aitbc.contracts.testing;

import io.aitbc.contracts.solc.SolcJs;

import java.nio.file.Path;

/** Where the pinned npm toolchains are (set by the module's surefire configuration). */
public final class Toolchain {
    public static final String NODE = "node";

    private Toolchain() {}

    public static Path contractsDir() {
        return Path.of(System.getProperty("aitbc.contracts.dir", ".")).toAbsolutePath().normalize();
    }

    public static Path circuitsDir() {
        return Path.of(System.getProperty("aitbc.circuits.dir", "../circuits")).toAbsolutePath().normalize();
    }

    public static SolcJs solc() {
        return new SolcJs(contractsDir(), NODE);
    }
}
