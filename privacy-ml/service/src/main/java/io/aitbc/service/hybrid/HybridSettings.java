package io.aitbc.service.hybrid;

import io.aitbc.model.hybrid.HybridCircuits;
import io.aitbc.model.hybrid.HybridParameters;
import io.aitbc.model.zkml.CircuitsToolchain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The hybrid configuration of a server: the parameter set ({@code hybrid-bfv-8192}; a
 * {@code hybrid-bfv-<N>-INSECURE-TEST-ONLY} set only for tests), the powers-of-tau file the circuits are set up
 * from (required for the standard set: a public ceremony file of at least 2^19; test-only sets default to the
 * circuits folder's UNSAFE development file of 2^12) and the folder the built circuits are kept in.
 */
public record HybridSettings(HybridParameters parameters, CircuitsToolchain toolchain, Path ptau, Path circuitStore) {

    /** The development powers of tau of the circuits folder (tau known: tests only). */
    static final String DEV_PTAU = "ptau/pot12_dev_unsafe.ptau";

    public HybridSettings {
        if (!Files.isRegularFile(ptau)) {
            throw new IllegalStateException("hybrid: powers-of-tau file " + ptau + " does not exist (aitbc.hybrid.ptau)");
        }
    }

    /**
     * @param parameterSet the parameter set's name
     * @param ptau         the powers-of-tau file; may be absent only for a test-only parameter set
     * @param circuitStore where built circuits are kept; default: {@code hybrid-circuits} in the server's instance
     *                     folder, else in the temporary folder
     */
    public static HybridSettings of(String parameterSet, Optional<String> ptau, Optional<String> circuitStore) {
        HybridParameters params = HybridParameters.byName(parameterSet);
        CircuitsToolchain toolchain = CircuitsToolchain.locate();
        Path tau = ptau.filter(s -> !s.isBlank()).map(Path::of).orElseGet(() -> {
            if (!params.isTestOnly()) {
                throw new IllegalStateException("hybrid: set aitbc.hybrid.ptau to a powers-of-tau file of at least 2^19 for "
                        + params.name());
            }
            return toolchain.dir().resolve(DEV_PTAU);
        });
        Path store = circuitStore.filter(s -> !s.isBlank()).map(Path::of).orElseGet(() -> Path.of(
                Optional.ofNullable(System.getProperty("com.sun.aas.instanceRoot")).orElse(System.getProperty("java.io.tmpdir")),
                "hybrid-circuits"));
        return new HybridSettings(params, toolchain, tau, store);
    }

    HybridEngine engine(SecureRandom random) {
        return new HybridEngine(parameters, new HybridCircuits(toolchain, circuitStore, ptau), random);
    }
}
