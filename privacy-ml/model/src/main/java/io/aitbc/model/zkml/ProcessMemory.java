package io.aitbc.model.zkml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's peak resident memory per phase (Linux): {@code VmHWM} from /proc/self/status, reset by writing 5 to
 * /proc/self/clear_refs. For the benchmark; elsewhere the values are "-".
 */
final class ProcessMemory {

    private ProcessMemory() {
    }

    static void resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux, or not permitted: the peak then covers the whole run so far
        }
    }

    /** Peak RSS of this process since the last reset, e.g. "1,234 MiB", or "-". */
    static String peakMiB() {
        long b = peakBytes("self");
        return b < 0 ? "-" : String.format("%,d MiB", b >> 20);
    }

    /** {@code VmHWM} of a process ({@code "self"} or a pid) in bytes; -1 if unknown (ended, or not Linux). */
    static long peakBytes(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return -1;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "-";
        }
    }
}
