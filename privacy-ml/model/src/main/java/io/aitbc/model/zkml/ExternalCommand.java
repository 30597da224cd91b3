package io.aitbc.model.zkml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs an external command (node with circom2 or snarkjs) in a folder: forwards its output line by line, keeps
 * the last lines for error messages, and samples the process's peak resident memory (Linux {@code VmHWM}).
 * Interrupting the calling thread kills the command.
 */
final class ExternalCommand {
    private static final int TAIL_LINES = 60;

    /** Exit code, the last lines of output (stdout and stderr), peak memory (-1 if unknown) and wall time. */
    record Result(int exitCode, String outputTail, long peakRssBytes, Duration elapsed) {
    }

    private ExternalCommand() {
    }

    /**
     * Runs {@code command} in {@code dir}. If {@code stdoutFile} is not null, stdout goes there and only stderr is
     * forwarded to {@code lines}; otherwise both are forwarded.
     */
    static Result run(Path dir, List<String> command, Path stdoutFile, Consumer<String> lines) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        if (stdoutFile != null) {
            pb.redirectOutput(stdoutFile.toFile());
        } else {
            pb.redirectErrorStream(true);
        }
        long start = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot start " + command.getFirst() + " (is it installed and on the PATH?): " + e.getMessage(), e);
        }
        p.getOutputStream().close();
        Deque<String> tail = new ArrayDeque<>();
        PeakMemory peak = new PeakMemory(p.pid());
        Thread sampler = Thread.ofVirtual().start(peak);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                stdoutFile != null ? p.getErrorStream() : p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (tail.size() == TAIL_LINES) {
                    tail.removeFirst();
                }
                tail.addLast(line);
                lines.accept(line);
            }
            int code = p.waitFor();
            return new Result(code, String.join("\n", tail), peak.bytes(), Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException | IOException e) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            throw e;
        } finally {
            sampler.interrupt();
        }
    }

    /** Polls the process's VmHWM (the kernel's own high-water mark) until it ends. */
    private static final class PeakMemory implements Runnable {
        private final String pid;
        private volatile long bytes = -1;

        PeakMemory(long pid) {
            this.pid = Long.toString(pid);
        }

        long bytes() {
            sample();
            return bytes;
        }

        @Override
        public void run() {
            while (!Thread.currentThread().isInterrupted()) {
                sample();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void sample() {
            bytes = Math.max(bytes, ProcessMemory.peakBytes(pid)); // -1 once the process has ended: the last sample stays
        }
    }
}
