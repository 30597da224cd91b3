package io.aitbc.web.api;

import io.aitbc.service.jobs.JobView;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Polls one job and sends an event to one SSE client whenever the job visibly changes. */
final class JobProgressStream {

    static final long POLL_MILLIS = 500;
    static final Duration MAX_STREAM = Duration.ofMinutes(10);
    private static final Set<String> FINISHED = Set.of("succeeded", "failed", "cancelled");
    private static final Logger LOG = Logger.getLogger(JobProgressStream.class.getName());

    private final Supplier<JobView> job;
    private final SseEventSink sink;
    private final Sse sse;
    private final Duration poll;
    private final Instant deadline;
    private volatile String lastState;
    private volatile ScheduledFuture<?> task;

    JobProgressStream(Supplier<JobView> job, SseEventSink sink, Sse sse, Duration poll) {
        this.job = job;
        this.sink = sink;
        this.sse = sse;
        this.poll = poll;
        this.deadline = Instant.now().plus(MAX_STREAM);
    }

    void start(JobView first, ScheduledExecutorService scheduler) {
        if (publish(first)) {
            task = scheduler.scheduleWithFixedDelay(this::tick, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        try {
            if (sink.isClosed() || Instant.now().isAfter(deadline) || !publish(job.get())) {
                stop();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "job progress stream ended", e);
            stop();
        }
    }

    /** Sends the job if it changed; false when the stream is over (job finished). */
    private boolean publish(JobView view) {
        String state = view.status() + "|" + view.progressPercent() + "|" + Objects.toString(view.progressStep(), "");
        if (!state.equals(lastState)) {
            lastState = state;
            sink.send(sse.newEventBuilder().name("progress").id(Long.toString(view.id()))
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(JobView.class, view).build());
        }
        if (FINISHED.contains(view.status())) {
            sink.send(sse.newEventBuilder().name("done").data(view.status()).build());
            sink.close();
            return false;
        }
        return true;
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
