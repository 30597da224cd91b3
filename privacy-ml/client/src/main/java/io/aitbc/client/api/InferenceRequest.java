package io.aitbc.client.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * An inference submission as one JSON body (POST /ml/models/{id}/inference): the privacy level (fhe, zkml or
 * hybrid), optionally a pinned model version, a key set (fhe, hybrid), whether the result's proof must be verified,
 * and for zkml the input itself (a nested array of numbers). Inputs that are files (ciphertexts) go through
 * {@link AitbcClient#submit(long, Integer, String, long, byte[], boolean)} instead.
 */
public record InferenceRequest(String privacyLevel, Integer modelVersion, Long keySetId, Boolean verificationRequired,
                               JsonNode input) {

    public InferenceRequest {
        Objects.requireNonNull(privacyLevel, "privacyLevel");
    }

    /** A zkml request carrying its input (a JSON array of numbers, nested for images). */
    public static InferenceRequest zkml(Integer modelVersion, JsonNode input) {
        return new InferenceRequest("zkml", modelVersion, null, null, input);
    }
}
