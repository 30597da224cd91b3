package io.aitbc.client.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

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
    public record Job(long id, long modelId, int modelVersion, String kind, String privacyLevel, String status, int progressPercent,
                      String progressStep, String eta, String error, Long resultPayloadId, Long proofId, int restarts,
                      String submittedAt, String finishedAt) {

        public boolean finished() {
            return "succeeded".equals(status) || "failed".equals(status) || "cancelled".equals(status);
        }
    }

    /**
     * A marketplace listing: prices per privacy level (AIT per inference), measured latencies, reputation, and the
     * commitments of the listed model's versions (which the hybrid client trusts).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Listing(long id, long modelId, String modelName, String owner, String title, String description,
                          String status, BigDecimal priceFhe, BigDecimal priceZkml, BigDecimal priceHybrid,
                          Long plaintextLatencyMicros, Long fheLatencyMs, Long zkmlLatencyMs, Long hybridLatencyMs,
                          long verifiedProofs, long failedProofs, long completedJobs, double reputationScore,
                          List<PublishedVersion> publishedVersions) {
        public Listing {
            publishedVersions = publishedVersions == null ? List.of() : List.copyOf(publishedVersions);
        }
    }

    /** A listed model version's ZKML-SPEC architecture hash and Poseidon commitment (decimal field elements). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublishedVersion(int number, String archHash, String commitment) {
    }

    /** An accepted submission: the job, and whether the server replayed an earlier one with the same Idempotency-Key. */
    public record Submission(Job job, boolean replayed) {
    }
}
