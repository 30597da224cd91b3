package io.aitbc.client.cli.platform;

import io.aitbc.client.api.Views;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A one-line progress bar for a job on stderr: [#######.......]  50%  layer 2/3: square  ETA 3s. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private boolean open;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    void show(Views.Job job) {
        int filled = job.progressPercent() * WIDTH / 100;
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        String step = job.progressStep() == null ? job.status() : job.progressStep();
        err.print("\r[" + bar + "] " + String.format("%3d%%", job.progressPercent()) + "  " + trim(step) + eta(job) + "   ");
        err.flush();
        open = true;
    }

    void line(String text) {
        finish();
        err.println(text);
        err.flush();
    }

    void finish() {
        if (open) {
            err.println();
            open = false;
        }
    }

    private static String eta(Views.Job job) {
        if (job.eta() == null || job.finished()) {
            return "";
        }
        try {
            long s = Math.max(0, Duration.between(Instant.now(), Instant.parse(job.eta())).toSeconds());
            return "  ETA " + s + "s";
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    private static String trim(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
