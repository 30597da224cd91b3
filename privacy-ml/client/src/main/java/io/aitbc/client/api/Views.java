package io.aitbc.client.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the server answers, as the client reads it (unknown fields are ignored, so newer servers stay readable). */
public final class Views {

    private Views() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Model(long id, String owner, String name, String description, int versionCount, Integer latestVersion) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ModelVersion(long id, long modelId, int number, String archHash, String commitment, String onnxSha256,
                               Long onnxSize, boolean fheAvailable, String fheParameterSet, String fheUnavailable,
                               String circuitStatus) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KeySet(long id, String owner, String scheme, String parameterSet, long publicKeyBytes,
                         long evaluationKeyBytes, String sha256) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Job(long id, long modelId, int modelVersion, String privacyLevel, String status, int progressPercent,
                      String progressStep, String eta, String error, Long resultPayloadId, Long proofId, int restarts,
                      String submittedAt, String finishedAt) {

        public boolean finished() {
            return "succeeded".equals(status) || "failed".equals(status) || "cancelled".equals(status);
        }
    }

    /** A marketplace listing, as far as the hybrid client reads it: which model, and its versions' commitments. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Listing(long id, long modelId, String title, String status, java.util.List<PublishedVersion> publishedVersions) {
        public Listing {
            publishedVersions = publishedVersions == null ? java.util.List.of() : java.util.List.copyOf(publishedVersions);
        }
    }

    /** A listed model version's ZKML-SPEC architecture hash and Poseidon commitment (decimal field elements). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublishedVersion(int number, String archHash, String commitment) {
    }
}
