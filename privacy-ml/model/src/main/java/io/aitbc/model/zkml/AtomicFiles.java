package io.aitbc.model.zkml;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files appear whole or not at all: written to a temporary file in the same folder, then renamed. */
final class AtomicFiles {

    private AtomicFiles() {
    }

    static void write(Path target, byte[] data) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, data);
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Renames {@code source} to {@code target} (same file system), replacing it. */
    static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A temporary sibling path for a writer that wants a file name (e.g. ZKey.write), to {@link #move} afterwards. */
    static Path temporarySibling(Path target) throws IOException {
        return Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    }
}
