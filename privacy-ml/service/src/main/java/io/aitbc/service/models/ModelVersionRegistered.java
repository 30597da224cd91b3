package io.aitbc.service.models;

/**
 * CDI event: a model version was registered. Fired inside the registering transaction; observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to start follow-up work (circuit build and setup,
 * benchmarks) only once the version is committed. Load the version's model with {@link ModelArtifacts}.
 *
 * @param zkmlAvailable whether the model could be quantized (it has a commitment and a circuit can be built)
 * @param fheAvailable  whether it has an FHE profile
 */
public record ModelVersionRegistered(long modelId, long versionId, int versionNumber, String owner,
                                     boolean zkmlAvailable, boolean fheAvailable) {
}
