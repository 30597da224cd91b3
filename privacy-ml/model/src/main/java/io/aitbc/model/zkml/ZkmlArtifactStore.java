package io.aitbc.model.zkml;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder that holds every model's artifact set, one sub-folder per model commitment (64 hex digits), e.g.
 * {@code <root>/0a1b...e9/artifacts.json}. A server configures the root; the sets in it are immutable once published.
 */
public final class ZkmlArtifactStore {
    private final Path root;

    public ZkmlArtifactStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The folder of the model with this commitment (it may not exist yet). */
    public Path directoryFor(BigInteger modelCommitment) {
        if (modelCommitment.signum() < 0 || modelCommitment.bitLength() > 256) {
            throw new IllegalArgumentException("not a field element: " + modelCommitment);
        }
        return root.resolve(String.format("%064x", modelCommitment));
    }

    /** The published artifact set of this commitment, if its build has finished. */
    public Optional<ZkmlArtifacts> find(BigInteger modelCommitment) throws IOException {
        Path dir = directoryFor(modelCommitment);
        return Files.isDirectory(dir) ? ZkmlArtifacts.read(dir) : Optional.empty();
    }
}
