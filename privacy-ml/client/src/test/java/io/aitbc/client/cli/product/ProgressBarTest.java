package io.aitbc.client.cli.product;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void rendersPercentStepAndEta() {
        assertEquals("[" + ".".repeat(30) + "]   0%", ProgressBar.render(0, null, null, NOW));
        assertEquals("[" + "#".repeat(15) + ".".repeat(15) + "]  50% plaintext-reference (ETA 12s)",
                ProgressBar.render(50, "plaintext-reference", NOW.plusSeconds(12), NOW));
        assertEquals("[" + "#".repeat(30) + "] 100% done", ProgressBar.render(100, "done", NOW.plusSeconds(5), NOW));
        assertEquals("[" + "#".repeat(30) + "] 100%", ProgressBar.render(140, "", null, NOW), "clamped");
    }

    @Test
    void printsALinePerChangeWhenNotOnATerminal() {
        StringWriter out = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(out), false);
        bar.update(10, "a", null);
        bar.update(10, "a", null);
        bar.update(20, "b", null);
        bar.finish("job 1 succeeded");
        assertEquals(3, out.toString().lines().count(), out.toString()); // the repeated state is not printed again
        assertEquals("job 1 succeeded", out.toString().lines().reduce((a, b) -> b).orElseThrow());
    }
}
