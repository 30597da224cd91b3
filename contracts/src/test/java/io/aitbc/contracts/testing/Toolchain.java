package io.aitbc.contracts.testing;

import io.aitbc.contracts.solc.SolcJs;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the pinned npm toolchains are (set by the module's surefire configuration). */
public final class Toolchain {
    public static final String NODE = "node";

    private Toolchain() {}

    public static Path contractsDir() {
        return locate("aitbc.contracts.dir", "contracts", "hardhat.config.js");
    }

    public static Path circuitsDir() {
        return locate("aitbc.circuits.dir", "circuits", "package.json");
    }

    /** The system property if set, else {@code <ancestor>/<folder>} of the working directory holding the marker file. */
    private static Path locate(String property, String folder, String marker) {
        String configured = System.getProperty(property);
        if (configured != null) return Path.of(configured).toAbsolutePath().normalize();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(folder).resolve(marker))) return dir.resolve(folder);
        }
        throw new IllegalStateException("no " + folder + "/" + marker + " above " + Path.of("").toAbsolutePath()
                + "; set -D" + property);
    }

    public static SolcJs solc() {
        return new SolcJs(contractsDir(), NODE);
    }
}
