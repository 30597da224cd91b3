package io.aitbc.service.zkml;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.domain.model.CircuitStatus;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.payload.EncryptedPayload;
import io.aitbc.domain.payload.EncryptedPayloadRepository;
import io.aitbc.domain.payload.PayloadScheme;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.InvalidRequestException;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.service.inference.InferenceStrategy;
import io.aitbc.service.inference.InferenceSubmission;
import io.aitbc.service.jobs.BatchJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The {@code zkml} level: the server sees the consumer's input, proves the quantized inference with the version's
 * circuit and returns the output with a Groth16 proof anyone can verify. The input is checked against the model
 * (shape, fixed-point range) before anything is stored; the {@code zkml-inference} batch job proves, verifies and
 * (when the server is configured for a chain) anchors the proof.
 */
@ApplicationScoped
public class ZkmlInferenceStrategy implements InferenceStrategy {

    /** The payload "parameter set" of zkml inputs and outputs: plain JSON. */
    static final String INPUT_FORMAT = "zkml-input/json";
    static final String OUTPUT_FORMAT = "zkml-output/json";

    @Inject
    ZkmlModels zkml;

    @Inject
    EncryptedPayloadRepository payloads;

    @Override
    public PrivacyLevel level() {
        return PrivacyLevel.ZKML;
    }

    @Override
    public String batchJobName() {
        return BatchJobs.ZKML_INFERENCE;
    }

    @Override
    public InferenceJob prepare(Caller consumer, ModelVersion version, InferenceSubmission submission) {
        if (submission.keySetId() != null) {
            throw new InvalidRequestException("zkml inference takes no key set (the server sees the input and proves"
                    + " the computation); leave keySetId out");
        }
        if (version.circuit().status() != CircuitStatus.READY) {
            throw DefaultZkCircuitService.notReady(version);
        }
        EncryptedPayload input = input(consumer, submission);
        ZkmlInput.parse(input.content()).check(zkml.quantized(version.id()));
        EncryptedPayload stored = input.id() == null ? payloads.store(input) : input;
        return InferenceJob.inference(consumer.subject(), version, PrivacyLevel.ZKML, submission.verificationRequired(),
                stored.id(), null, Instant.now());
    }

    private EncryptedPayload input(Caller consumer, InferenceSubmission submission) {
        if (submission.inputPayloadId() != null) {
            EncryptedPayload p = payloads.find(submission.inputPayloadId())
                    .filter(x -> x.owner().equals(consumer.subject()) && x.scheme() == PayloadScheme.PLAINTEXT)
                    .orElseThrow(() -> new NotFoundException("zkml input payload", submission.inputPayloadId()));
            return p;
        }
        byte[] json = submission.input();
        if (json == null) {
            throw new InvalidRequestException("zkml inference needs the input: 'input' (a JSON array of numbers)");
        }
        ZkmlInput parsed = ZkmlInput.parse(json);
        return new EncryptedPayload(consumer.subject(), PayloadScheme.PLAINTEXT, INPUT_FORMAT, null, parsed.toJson(),
                Instant.now());
    }
}
