package io.aitbc.service.zkml;

import io.aitbc.model.zkml.CircuitBuilder;
import io.aitbc.model.zkml.CircuitsToolchain;
import io.aitbc.model.zkml.PowersOfTauSource;
import io.aitbc.model.zkml.ZkmlArtifactStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's zkML configuration (MicroProfile Config; environment variables AITBC_ZKML_PTAU etc. map to it):
 * <pre>
 * aitbc.zkml.ptau              a ceremony's prepared .ptau file, or a folder of them (required to build circuits)
 * aitbc.zkml.ptau-development  true: the ptau is a DEVELOPMENT file whose secrets one machine knew (forgeable
 *                              keys; tests only); a folder then also gets missing sizes generated into it
 * aitbc.zkml.artifacts-dir     where the artifact sets live (default: zkml-artifacts in the domain folder)
 * aitbc.circuits.dir           the installed circuits/ folder (circom2 toolchain; default: the checkout's)
 * aitbc.zkml.node              the Node.js executable that runs circom2 (default: node on the PATH)
 * </pre>
 * A missing or wrong setting fails the circuit build that needs it, with the setting's name in the reason.
 */
@ApplicationScoped
public class ZkmlSettings {

    public static final String PTAU = "aitbc.zkml.ptau";
    public static final String PTAU_DEVELOPMENT = "aitbc.zkml.ptau-development";
    public static final String ARTIFACTS_DIR = "aitbc.zkml.artifacts-dir";
    public static final String CIRCUITS_DIR = CircuitsToolchain.PROPERTY;
    public static final String NODE = "aitbc.zkml.node";

    @Inject
    @ConfigProperty(name = PTAU)
    Optional<String> ptau;

    @Inject
    @ConfigProperty(name = PTAU_DEVELOPMENT, defaultValue = "false")
    boolean development;

    @Inject
    @ConfigProperty(name = ARTIFACTS_DIR)
    Optional<String> artifactsDir;

    @Inject
    @ConfigProperty(name = CIRCUITS_DIR)
    Optional<String> circuitsDir;

    @Inject
    @ConfigProperty(name = NODE, defaultValue = "node")
    String node;

    /** Where published artifact sets are read from (proving and verifying need no toolchain). */
    public ZkmlArtifactStore store() {
        return new ZkmlArtifactStore(artifactsDir.filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "zkml-artifacts")));
    }

    /** A builder with the configured toolchain and powers of tau; fails naming the setting that is missing or wrong. */
    public CircuitBuilder builder() {
        CircuitsToolchain toolchain;
        try {
            toolchain = circuitsDir.filter(s -> !s.isBlank()).map(d -> CircuitsToolchain.at(Path.of(d), node))
                    .orElseGet(CircuitsToolchain::locate);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("the circom toolchain is not available (" + CIRCUITS_DIR + "): " + e.getMessage(), e);
        }
        return new CircuitBuilder(toolchain, store(), powersOfTau());
    }

    private PowersOfTauSource powersOfTau() {
        Path path = ptau.filter(s -> !s.isBlank()).map(Path::of).orElseThrow(() -> new IllegalStateException(
                "no powers of tau configured: set " + PTAU + " to a ceremony's prepared .ptau file or folder"));
        try {
            if (!development) {
                return PowersOfTauSource.ceremony(path);
            }
            return path.toFile().isDirectory() ? PowersOfTauSource.developmentUnsafe(path)
                    : PowersOfTauSource.developmentUnsafeFiles(path);
        } catch (IOException e) {
            throw new IllegalStateException(PTAU + ": " + e.getMessage(), e);
        }
    }
}
