package io.aitbc.model.zkml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The reference tools of the circuits folder (model-main.mjs, snarkjs), run with node for the tests. */
final class Node {
    static final CircuitsToolchain TOOLCHAIN = CircuitsToolchain.locate();

    private Node() {
    }

    /** Runs node with {@code args} in the circuits folder; stdout as a string; fails on a non-zero exit. */
    static String run(String... args) throws Exception {
        Path out = Files.createTempFile("aitbc-node-", ".out");
        try {
            List<String> cmd = new ArrayList<>(List.of(TOOLCHAIN.node()));
            cmd.addAll(List.of(args));
            StringBuilder err = new StringBuilder();
            ExternalCommand.Result r = ExternalCommand.run(TOOLCHAIN.dir(), cmd, out, l -> err.append(l).append('\n'));
            if (r.exitCode() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed (" + r.exitCode() + "):\n" + err);
            }
            return Files.readString(out);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** The reference generator's main for a model shape. */
    static String referenceMain(String shapeJson, boolean integrity) throws Exception {
        Path shape = Files.createTempFile("aitbc-shape-", ".json");
        try {
            Files.writeString(shape, shapeJson);
            return integrity ? run("scripts/model-main.mjs", shape.toString(), "--integrity")
                    : run("scripts/model-main.mjs", shape.toString());
        } finally {
            Files.deleteIfExists(shape);
        }
    }

    /** {@code snarkjs args...}; returns its exit code and output. */
    static ExternalCommand.Result snarkjs(StringBuilder output, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(TOOLCHAIN.node(), TOOLCHAIN.snarkjsCli().toString()));
        cmd.addAll(List.of(args));
        return ExternalCommand.run(TOOLCHAIN.dir(), cmd, null, l -> output.append(l).append('\n'));
    }
}
