package io.aitbc.model.fhe;

/**
 * What the compiler measured about the encrypted model's numbers.
 *
 * @param calibrationSamples   plaintext samples used to calibrate ranges and choose approximations (0: none)
 * @param approximationAgreement fraction of those samples on which the model with approximated activations
 *                             predicts the original model's class (1 when every activation is exact; null without samples)
 * @param originalAccuracy     the original model's accuracy on the samples (null without labels)
 * @param approximatedAccuracy the compiled (approximated) model's accuracy on them (null without labels)
 * @param maxAbsLogit          largest |logit| of the compiled model on the samples (null without samples)
 * @param verifiedSamples      samples run encrypted at compile time (fresh keys)
 * @param maxLogitError        largest |encrypted - plaintext| logit difference over those (null if none ran)
 * @param classAgreement       fraction of those whose decrypted argmax equals the plaintext one (null if none ran)
 */
public record PrecisionReport(int calibrationSamples, Double approximationAgreement, Double originalAccuracy,
                              Double approximatedAccuracy, Double maxAbsLogit,
                              int verifiedSamples, Double maxLogitError, Double classAgreement) {
}
