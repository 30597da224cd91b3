package io.aitbc.service.models;

import java.util.List;

/**
 * What the owner decides about encrypted inference when registering a version.
 *
 * @param allowApproximateActivations ReLU may be replaced by a polynomial fitted on the calibration data (a ReLU model
 *                                    is otherwise not offered under FHE; square and polynomial activations are exact)
 * @param calibrationInputs           sample inputs, flat as the model reads them (needed to approximate ReLU; they
 *                                    also measure the logits' range); plaintext the owner already has, never a consumer's
 * @param calibrationLabels           their classes, or empty: the approximation is then chosen by accuracy
 * @param parameterSet                a named CKKS parameter set to use, or null to choose the cheapest deep enough
 */
public record FheRegistrationOptions(boolean allowApproximateActivations, List<double[]> calibrationInputs,
                                     int[] calibrationLabels, String parameterSet) {

    /** At most this many calibration samples are accepted (compilation time grows with them). */
    public static final int MAX_CALIBRATION_SAMPLES = 2000;

    public FheRegistrationOptions {
        calibrationInputs = calibrationInputs == null ? List.of() : List.copyOf(calibrationInputs);
        calibrationLabels = calibrationLabels == null ? new int[0] : calibrationLabels.clone();
        if (calibrationInputs.size() > MAX_CALIBRATION_SAMPLES) {
            throw new IllegalArgumentException("at most " + MAX_CALIBRATION_SAMPLES + " calibration samples, got "
                    + calibrationInputs.size());
        }
        if (calibrationLabels.length != 0 && calibrationLabels.length != calibrationInputs.size()) {
            throw new IllegalArgumentException(calibrationLabels.length + " calibration labels for "
                    + calibrationInputs.size() + " calibration inputs");
        }
        for (double[] x : calibrationInputs) {
            if (x == null) {
                throw new IllegalArgumentException("a calibration input is missing");
            }
            for (double v : x) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("calibration inputs must be finite numbers");
                }
            }
        }
    }

    /** Exact activations only, no calibration, parameters chosen by depth. */
    public static FheRegistrationOptions exactOnly() {
        return new FheRegistrationOptions(false, List.of(), new int[0], null);
    }

    @Override
    public int[] calibrationLabels() {
        return calibrationLabels.clone();
    }
}
