package io.aitbc.fhe.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Times an operation the same way as bench/seal-bench.mjs: after a rehearsal pass over all operations and a warm-up (2 s at least, and until the JIT has been idle for 1.5 s), batches of k runs (k chosen so
 * that a batch takes about 30 ms), per-operation wall time and process CPU time of each batch, medians.
 * Process CPU time (the sum over all threads, from /proc/self/task/N/schedstat, in ns) includes GC and
 * JIT threads and is much less sensitive than wall time to other processes sharing the cores.
 */
final class Timer {

    record Result(double wallMs, double cpuMs) {}

    private static final long WARMUP_MS = 2000;
    private static final long REHEARSAL_MS = 400;
    private static final long JIT_IDLE_MS = 1500;
    private static final long MAX_WARMUP_MS = 30_000;

    private static volatile Object sink;

    private Timer() {}

    static double medianMillis(int warmup, int runs, Supplier<?> op) {
        return measure(warmup, runs, op).wallMs();
    }

    /** When set, {@link #measure} only runs the operation for a while (a first pass that lets the JIT finish). */
    static boolean rehearsal;

    static Result measure(int warmup, int batches, Supplier<?> op) {
        if (rehearsal) {
            long end = System.nanoTime() + REHEARSAL_MS * 1_000_000L;
            int runs = 0;
            while (runs < 3 || System.nanoTime() < end) {
                sink = op.get();
                runs++;
            }
            return new Result(0, 0);
        }
        // warm-up: at least `warmup` runs and WARMUP_MS, and until the JIT compiler has been idle for
        // JIT_IDLE_MS (its threads count in the process CPU time), at most MAX_WARMUP_MS
        long w0 = System.nanoTime();
        int runs = 0;
        long lastCompile = compilationMillis();
        long idleSince = w0;
        while (true) {
            sink = op.get();
            runs++;
            long now = System.nanoTime();
            long compile = compilationMillis();
            if (compile != lastCompile) {
                lastCompile = compile;
                idleSince = now;
            }
            boolean enough = runs >= warmup && now - w0 >= WARMUP_MS * 1_000_000L;
            if (enough && (now - idleSince >= JIT_IDLE_MS * 1_000_000L || now - w0 >= MAX_WARMUP_MS * 1_000_000L)) break;
        }
        double perRun = (System.nanoTime() - w0) / 1e6 / runs;
        int k = (int) Math.max(1, Math.min(10_000, 30 / Math.max(perRun, 1e-4)));
        double[] wall = new double[batches];
        double[] cpu = new double[batches];
        for (int b = 0; b < batches; b++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            for (int i = 0; i < k; i++) sink = op.get();
            long t1 = System.nanoTime();
            long c1 = processCpuNanos();
            wall[b] = (t1 - t0) / 1e6 / k;
            cpu[b] = (c1 - c0) / 1e6 / k;
        }
        return new Result(median(wall), median(cpu));
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static long compilationMillis() {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit == null || !jit.isCompilationTimeMonitoringSupported() ? 0 : jit.getTotalCompilationTime();
    }

    /** Sum of the CPU time of all threads of this process, in nanoseconds. */
    static long processCpuNanos() {
        long total = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path t : tasks) {
                try {
                    String s = Files.readString(t.resolve("schedstat"));
                    total += Long.parseLong(s.substring(0, s.indexOf(' ')));
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("process CPU time needs Linux /proc", e);
        }
        return total;
    }
}
