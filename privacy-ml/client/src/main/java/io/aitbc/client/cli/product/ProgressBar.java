package io.aitbc.client.cli.product;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;

/**
 * A one-line progress bar for long operations: {@code [##########..........]  50% step (ETA 12s)}. On a
 * terminal the line is redrawn in place; otherwise (logs, pipes) a line is printed per change.
 */
public final class ProgressBar {

    static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean inPlace;
    private String last = "";

    public ProgressBar(PrintWriter out, boolean inPlace) {
        this.out = out;
        this.inPlace = inPlace;
    }

    /** A bar on the process's terminal when there is one. */
    public static ProgressBar onStderr(PrintWriter err) {
        return new ProgressBar(err, System.console() != null);
    }

    public void update(int percent, String step, Instant eta) {
        String line = render(percent, step, eta, Instant.now());
        if (line.equals(last)) {
            return;
        }
        last = line;
        if (inPlace) {
            out.print("\r" + line + "\u001b[K");
        } else {
            out.println(line);
        }
        out.flush();
    }

    public void finish(String message) {
        if (inPlace) {
            out.print("\r\u001b[K");
        }
        out.println(message);
        out.flush();
    }

    static String render(int percent, String step, Instant eta, Instant now) {
        int p = Math.max(0, Math.min(100, percent));
        int filled = p * WIDTH / 100;
        StringBuilder s = new StringBuilder("[").append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
        s.append(String.format("%3d%%", p));
        if (step != null && !step.isBlank()) {
            s.append(' ').append(step);
        }
        if (eta != null && p < 100) {
            long seconds = Math.max(0, Duration.between(now, eta).toSeconds());
            s.append(" (ETA ").append(seconds).append("s)");
        }
        return s.toString();
    }
}
