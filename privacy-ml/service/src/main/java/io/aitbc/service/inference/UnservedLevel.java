package io.aitbc.service.inference;

import static io.aitbc.domain.shared.InvalidRequestException.unlessRejected;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.keys.KeySetRepository;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.payload.EncryptedPayloadRepository;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * A privacy level whose {@link InferenceStrategy} is not deployed in this build (zkml until its services land):
 * the job is recorded as queued, with no batch job to run it, so that clients, metering and the marketplace can
 * already submit it; it runs once the level's strategy is deployed. The consumer may refer only to its own key
 * set and payload.
 */
@ApplicationScoped
public class UnservedLevel {

    @Inject
    KeySetRepository keySets;

    @Inject
    EncryptedPayloadRepository payloads;

    InferenceJob record(Caller consumer, ModelVersion version, InferenceSubmission submission) {
        if (submission.keySetId() != null) {
            keySets.find(submission.keySetId()).filter(k -> k.isOwnedBy(consumer.subject()))
                    .orElseThrow(() -> new NotFoundException("key set", submission.keySetId()));
        }
        if (submission.inputPayloadId() != null) {
            payloads.find(submission.inputPayloadId()).filter(p -> p.owner().equals(consumer.subject()))
                    .orElseThrow(() -> new NotFoundException("payload", submission.inputPayloadId()));
        }
        return unlessRejected(() -> InferenceJob.inference(consumer.subject(), version, submission.level(),
                submission.verificationRequired(), submission.inputPayloadId(), submission.keySetId(), Instant.now()));
    }
}
