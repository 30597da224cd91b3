package io.aitbc.service.hybrid;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.domain.keys.KeySet;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.payload.EncryptedPayload;
import io.aitbc.domain.payload.EncryptedPayloadRepository;
import io.aitbc.domain.payload.PayloadScheme;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.InvalidRequestException;
import io.aitbc.domain.shared.UnprocessableException;
import io.aitbc.model.hybrid.HybridModel;
import io.aitbc.service.inference.InferenceStrategy;
import io.aitbc.service.inference.InferenceSubmission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The {@code hybrid} level (docs/HYBRID.md): the consumer's input (BFV ciphertext + input proof) is verified
 * against its registered key before anything is stored or computed; a missing, malformed or unproven input is a
 * 422 and no job exists. The {@code hybrid-inference} batch job then evaluates, floods and proves. The evaluation
 * proof is always produced; {@code verificationRequired=false} only lets the consumer's client skip checking it.
 */
@ApplicationScoped
public class HybridInferenceStrategy implements InferenceStrategy {

    /** The batch job (META-INF/batch-jobs/hybrid-inference.xml). */
    public static final String BATCH_JOB = "hybrid-inference";

    @Inject
    HybridModels models;

    @Inject
    HybridProofGenerator proofs;

    @Inject
    EncryptedPayloadRepository payloads;

    @Override
    public PrivacyLevel level() {
        return PrivacyLevel.HYBRID;
    }

    @Override
    public String batchJobName() {
        return BATCH_JOB;
    }

    @Override
    public InferenceJob prepare(Caller consumer, ModelVersion version, InferenceSubmission submission) {
        if (submission.keySetId() == null) {
            throw new InvalidRequestException("hybrid inference needs keySetId: register the public key with its key proof"
                    + " first (POST /ml/hybrid/keys)");
        }
        if (submission.inputPayloadId() != null) {
            throw new InvalidRequestException("hybrid inference takes its input (ciphertext + input proof) with the request,"
                    + " in part 'input'");
        }
        KeySet keys = models.registeredKey(consumer, submission.keySetId());
        HybridModel model = models.model(version);
        byte[] input = submission.input();
        if (input == null || input.length == 0) {
            throw new UnprocessableException("hybrid inference needs the encrypted input with its input proof (part 'input');"
                    + " nothing was computed");
        }
        HybridProblems.refuse(() -> proofs.requireValidInput(model, proofs.publicKey(keys.publicKey()), input), "the input");
        EncryptedPayload stored = payloads.store(new EncryptedPayload(consumer.subject(), PayloadScheme.BFV, keys.parameterSet(),
                keys.id(), input, Instant.now()));
        return InferenceJob.inference(consumer.subject(), version, PrivacyLevel.HYBRID, submission.verificationRequired(),
                stored.id(), keys.id(), Instant.now());
    }
}
