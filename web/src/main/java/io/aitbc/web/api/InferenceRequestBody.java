package io.aitbc.web.api;

import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.service.inference.InferenceSubmission;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Min;

/**
 * Body of POST /ml/models/{id}/inference (JSON), or its JSON part {@code request} when the input travels as the
 * multipart part {@code input} (for fhe: the ciphertext, encrypted on the consumer's machine).
 */
public class InferenceRequestBody {

    // A class with public fields, not a record: Payara's OpenAPI generator fails on Bean Validation
    // annotations of record components (it sees them on the canonical constructor's parameters).

    @NotNull @Pattern(regexp = "fhe|zkml|hybrid")
    public String privacyLevel;
    public Boolean verificationRequired;
    @Min(1)
    public Integer modelVersion;
    @Min(1)
    public Long keySetId;
    @Min(1)
    public Long inputPayloadId;
    /** zkml: the input in the JSON body, a (nested) array of numbers in row-major order. */
    public jakarta.json.JsonArray input;

    InferenceSubmission toSubmission(byte[] inputPart) {
        if (input != null && inputPart != null) {
            throw new IllegalArgumentException("give the input in the request or as the part 'input', not both");
        }
        byte[] given = input == null ? inputPart : input.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new InferenceSubmission(PrivacyLevel.fromApiName(privacyLevel), Boolean.TRUE.equals(verificationRequired),
                modelVersion, keySetId, inputPayloadId, given);
    }
}
