package io.aitbc.service.jobs;

import io.aitbc.domain.job.InferenceJob;
import java.time.Instant;
import java.util.Locale;

/**
 * A job as its owner sees it: status, progress (percent, step, ETA), error and result references.
 *
 * @param restarts how often the job was resumed from its last checkpoint after the server stopped while it ran
 */
public record JobView(long id, String owner, long modelId, int modelVersion, String kind, String privacyLevel,
                      boolean verificationRequired, String status, int progressPercent, String progressStep,
                      Instant eta, String error, Long inputPayloadId, Long keySetId, Long resultPayloadId,
                      Long proofId, int restarts, Instant submittedAt, Instant startedAt, Instant finishedAt) {

    public static JobView of(InferenceJob j) {
        return new JobView(j.id(), j.owner(), j.modelVersion().model().id(), j.modelVersion().number(),
                lower(j.kind().name()), j.privacyLevel().map(l -> l.apiName()).orElse(null), j.verificationRequired(),
                lower(j.status().name()), j.progress().percent(), j.progress().step(), j.progress().eta(),
                j.error().orElse(null), j.inputPayloadId().orElse(null), j.keySetId().orElse(null),
                j.resultPayloadId().orElse(null), j.proofId().orElse(null), j.restarts(), j.submittedAt(),
                j.startedAt().orElse(null), j.finishedAt().orElse(null));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
