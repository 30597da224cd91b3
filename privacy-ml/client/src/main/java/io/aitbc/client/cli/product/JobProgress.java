package io.aitbc.client.cli.product;

import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.api.Views;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A job's progress on a {@link ProgressBar}: followed live (Server-Sent Events) or polled, until it finishes. */
public final class JobProgress {

    private JobProgress() {
    }

    /** Follows the job's event stream to its end; the bar's last line says how it finished. */
    public static Views.Job follow(AitbcClient api, long jobId, ProgressBar bar) {
        Views.Job done = api.followJob(jobId, job -> show(bar, job));
        bar.finish(outcome(done));
        return done;
    }

    /** Draws one state of a job. */
    public static void show(ProgressBar bar, Views.Job job) {
        bar.update(job.progressPercent(), job.progressStep() == null ? job.status() : job.progressStep(), eta(job.eta()));
    }

    /** "job 12 succeeded", or "job 12 failed: reason". */
    public static String outcome(Views.Job job) {
        return "job " + job.id() + " " + job.status() + (job.error() == null ? "" : ": " + job.error());
    }

    /** The ETA the server announced, or none if it sent none (or one this client cannot read). */
    public static Instant eta(String iso) {
        try {
            return iso == null ? null : Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
