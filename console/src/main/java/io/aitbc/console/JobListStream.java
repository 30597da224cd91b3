package io.aitbc.console;

import io.aitbc.service.jobs.JobView;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the console's job list to one browser as Server-Sent Events ({@code jobs}, a JSON array) whenever a
 * job's status, percent or step changes; closes after {@link #MAX_STREAM} (the browser's EventSource
 * reconnects by itself).
 */
final class JobListStream {

    static final Duration POLL = Duration.ofMillis(500);
    static final Duration MAX_STREAM = Duration.ofMinutes(10);
    private static final GenericType<List<JobView>> JOBS = new GenericType<>() { };
    private static final Logger LOG = Logger.getLogger(JobListStream.class.getName());

    private final Supplier<List<JobView>> jobs;
    private final SseEventSink sink;
    private final Sse sse;
    private final Instant deadline = Instant.now().plus(MAX_STREAM);
    private volatile String lastState;
    private volatile ScheduledFuture<?> task;

    JobListStream(Supplier<List<JobView>> jobs, SseEventSink sink, Sse sse) {
        this.jobs = jobs;
        this.sink = sink;
        this.sse = sse;
    }

    void start(ScheduledExecutorService scheduler) {
        task = scheduler.scheduleWithFixedDelay(this::tick, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            if (sink.isClosed() || Instant.now().isAfter(deadline)) {
                stop();
                return;
            }
            List<JobView> now = jobs.get();
            String state = now.stream().map(j -> j.id() + ":" + j.status() + ":" + j.progressPercent() + ":" + j.progressStep())
                    .reduce("", (a, b) -> a + "|" + b);
            if (!state.equals(lastState)) {
                lastState = state;
                sink.send(sse.newEventBuilder().name("jobs").mediaType(MediaType.APPLICATION_JSON_TYPE).data(JOBS, now).build());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "console job stream ended", e);
            stop();
        }
    }

    private void stop() {
        if (!sink.isClosed()) {
            sink.close();
        }
        ScheduledFuture<?> t = task;
        if (t != null) {
            t.cancel(false);
        }
    }
}
