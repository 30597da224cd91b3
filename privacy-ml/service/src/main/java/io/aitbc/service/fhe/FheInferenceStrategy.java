package io.aitbc.service.fhe;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.domain.keys.KeySet;
import io.aitbc.domain.keys.KeySetRepository;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.payload.EncryptedPayload;
import io.aitbc.domain.payload.EncryptedPayloadRepository;
import io.aitbc.domain.payload.PayloadScheme;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.InvalidRequestException;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.domain.shared.UnprocessableException;
import io.aitbc.model.fhe.CompiledFheModel;
import io.aitbc.model.fhe.FheInputException;
import io.aitbc.model.fhe.FheModelEvaluator;
import io.aitbc.service.inference.InferenceStrategy;
import io.aitbc.service.inference.InferenceSubmission;
import io.aitbc.service.jobs.BatchJobs;
import io.aitbc.service.models.ModelArtifacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The {@code fhe} level: the consumer's ciphertext is checked against the model's profile and the consumer's
 * own key set (parameter set, key, level, rotation and relinearization keys) before anything is stored, then
 * stored as the job's input; the {@code fhe-inference} batch job evaluates it layer by layer.
 */
@ApplicationScoped
public class FheInferenceStrategy implements InferenceStrategy {

    @Inject
    ModelArtifacts artifacts;

    @Inject
    KeySetRepository keySets;

    @Inject
    EncryptedPayloadRepository payloads;

    @Override
    public PrivacyLevel level() {
        return PrivacyLevel.FHE;
    }

    @Override
    public String batchJobName() {
        return BatchJobs.FHE_INFERENCE;
    }

    @Override
    public InferenceJob prepare(Caller consumer, ModelVersion version, InferenceSubmission submission) {
        if (submission.verificationRequired()) {
            throw new UnprocessableException("fhe inference produces no proof; ask for privacyLevel hybrid to get the"
                    + " evaluation proven");
        }
        if (submission.keySetId() == null) {
            throw new InvalidRequestException("fhe inference needs keySetId: upload the public and evaluation keys"
                    + " generated for the model's FHE profile first (POST /keys)");
        }
        CompiledFheModel compiled = artifacts.compiled(version.id());
        KeySet keys = keySets.find(submission.keySetId()).filter(k -> k.isOwnedBy(consumer.subject()))
                .orElseThrow(() -> new NotFoundException("key set", submission.keySetId()));
        String parameterSet = compiled.parameters().id().toString();
        if (!keys.parameterSet().equals(parameterSet)) {
            throw new UnprocessableException("key set " + keys.id() + " belongs to another FHE parameter set than model "
                    + version.model().id() + " version " + version.number() + " (" + compiled.profile().parameters().name()
                    + "); generate keys for this version's profile");
        }
        EncryptedPayload input = input(consumer, submission, keys);
        check(compiled, keys, input.content());
        EncryptedPayload stored = input.id() == null ? payloads.store(input) : input;
        return InferenceJob.inference(consumer.subject(), version, PrivacyLevel.FHE, false, stored.id(), keys.id(),
                Instant.now());
    }

    private EncryptedPayload input(Caller consumer, InferenceSubmission submission, KeySet keys) {
        if (submission.inputPayloadId() != null) {
            EncryptedPayload p = payloads.find(submission.inputPayloadId()).filter(x -> x.owner().equals(consumer.subject()))
                    .orElseThrow(() -> new NotFoundException("payload", submission.inputPayloadId()));
            if (!keys.id().equals(p.keySetId())) {
                throw new UnprocessableException("payload " + p.id() + " was not encrypted under key set " + keys.id());
            }
            return p;
        }
        byte[] ciphertext = submission.input();
        if (ciphertext == null) {
            throw new InvalidRequestException("fhe inference needs the input ciphertext, encrypted on the consumer's"
                    + " machine for the model's FHE profile");
        }
        return new EncryptedPayload(consumer.subject(), PayloadScheme.CKKS, keys.parameterSet(), keys.id(), ciphertext,
                Instant.now());
    }

    /** The same checks the evaluation will make, now, so that a job that cannot run is never queued. */
    private static void check(CompiledFheModel compiled, KeySet keys, byte[] ciphertext) {
        FheModelEvaluator evaluator;
        try {
            evaluator = FheModelEvaluator.create(compiled, keys.evaluationKeys(), 1);
        } catch (FheInputException e) {
            throw FheInputProblems.of(e, "key set " + keys.id());
        }
        try {
            evaluator.readInput(ciphertext);
        } catch (FheInputException e) {
            throw FheInputProblems.of(e, "the input ciphertext");
        }
    }
}
