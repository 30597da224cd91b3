package io.aitbc.web.api;

import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.service.jobs.InferenceRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Min;

/** Body of POST /ml/models/{id}/inference. */
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

    InferenceRequest toRequest() {
        return new InferenceRequest(PrivacyLevel.fromApiName(privacyLevel), Boolean.TRUE.equals(verificationRequired),
                modelVersion, keySetId, inputPayloadId);
    }
}
