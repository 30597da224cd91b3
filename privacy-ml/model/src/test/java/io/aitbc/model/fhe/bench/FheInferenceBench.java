package io.aitbc.model.fhe.bench;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * bin/bench-fhe-inference's Java side (not a test).
 * <pre>
 *   accuracy MODEL IMAGES CALIBRATION WORKERS     one JSON line: accuracy, agreement, sizes, latency, peak memory
 *   compare MODEL DIR IMAGES CALIBRATION THREADS.. plan for bench/seal-inference.mjs + our timings (JSON lines)
 * </pre>
 */
public final class FheInferenceBench {

    private FheInferenceBench() {}

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "accuracy" -> AccuracyRun.run(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "compare" -> SealComparison.run(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Arrays.stream(args, 5, args.length).mapToInt(Integer::parseInt).toArray());
            default -> {
                System.err.println("usage: FheInferenceBench accuracy MODEL IMAGES CALIBRATION WORKERS"
                        + " | compare MODEL DIR IMAGES CALIBRATION THREADS...");
                System.exit(2);
            }
        }
    }
}
