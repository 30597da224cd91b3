package io.aitbc.model.fhe;

import java.util.List;

/**
 * What the model owner allows and provides when compiling a model for encrypted inference.
 *
 * @param allowApproximateActivations replace ReLU by a polynomial fitted on the calibrated range (otherwise a
 *                                    ReLU model is refused; square and polynomial activations are always exact)
 * @param calibrationInputs           sample inputs (flat, as the model reads them): ranges, approximation choice,
 *                                    headroom check and compile-time verification; needed for ReLU
 * @param calibrationLabels           their classes (empty if unknown): the approximation then keeps accuracy
 * @param maxAccuracyDrop             with labels: the approximated model's accuracy on the calibration inputs may be
 *                                    at most this far below the original's (the lowest degree that achieves it wins)
 * @param minimumAgreement            without labels: the approximated model must predict the original model's class
 *                                    on at least this fraction of the calibration inputs
 * @param rangeMargin                 approximation interval = margin x the largest |pre-activation| seen
 * @param parameterSet                a named set to use ({@link ParameterSpec#named}), or null to choose by depth
 * @param verificationSamples         inputs run encrypted at compile time (fresh keys) to measure the logit error
 */
public record FheCompileOptions(boolean allowApproximateActivations, List<double[]> calibrationInputs, int[] calibrationLabels,
                                double maxAccuracyDrop, double minimumAgreement, double rangeMargin, String parameterSet,
                                int verificationSamples) {

    public FheCompileOptions {
        calibrationInputs = List.copyOf(calibrationInputs);
        calibrationLabels = calibrationLabels.clone();
        if (calibrationLabels.length != 0 && calibrationLabels.length != calibrationInputs.size()) {
            throw new IllegalArgumentException(calibrationLabels.length + " labels for " + calibrationInputs.size() + " calibration inputs");
        }
        if (!(maxAccuracyDrop >= 0 && maxAccuracyDrop < 1)) throw new IllegalArgumentException("maxAccuracyDrop must be in [0, 1)");
        if (!(minimumAgreement > 0 && minimumAgreement <= 1)) throw new IllegalArgumentException("minimumAgreement must be in (0, 1]");
        if (!(rangeMargin >= 1 && rangeMargin <= 10)) throw new IllegalArgumentException("rangeMargin must be in [1, 10]");
        if (verificationSamples < 0) throw new IllegalArgumentException("verificationSamples must be >= 0");
    }

    /**
     * Exact activations only, no calibration, parameters chosen by depth, one encrypted verification; for
     * approximations: accuracy drop at most half a point (labelled data) or 98% agreement, range margin 1.
     */
    public static FheCompileOptions defaults() {
        return new FheCompileOptions(false, List.of(), new int[0], 0.005, 0.98, 1.0, null, 1);
    }

    @Override
    public int[] calibrationLabels() { return calibrationLabels.clone(); }

    /** Labelled calibration data: the approximation is then chosen by accuracy. */
    public FheCompileOptions withCalibration(List<double[]> inputs, int[] labels) {
        return new FheCompileOptions(allowApproximateActivations, inputs, labels, maxAccuracyDrop, minimumAgreement, rangeMargin,
                parameterSet, verificationSamples);
    }

    public FheCompileOptions withMaxAccuracyDrop(double drop) {
        return new FheCompileOptions(allowApproximateActivations, calibrationInputs, calibrationLabels, drop, minimumAgreement,
                rangeMargin, parameterSet, verificationSamples);
    }

    public FheCompileOptions allowApproximations(boolean allow) {
        return new FheCompileOptions(allow, calibrationInputs, calibrationLabels, maxAccuracyDrop, minimumAgreement, rangeMargin,
                parameterSet, verificationSamples);
    }

    /** Unlabelled calibration data: an approximation is then chosen by agreement with the original model. */
    public FheCompileOptions withCalibration(List<double[]> inputs) {
        return withCalibration(inputs, new int[0]);
    }

    public FheCompileOptions withMinimumAgreement(double agreement) {
        return new FheCompileOptions(allowApproximateActivations, calibrationInputs, calibrationLabels, maxAccuracyDrop, agreement,
                rangeMargin, parameterSet, verificationSamples);
    }

    public FheCompileOptions withRangeMargin(double margin) {
        return new FheCompileOptions(allowApproximateActivations, calibrationInputs, calibrationLabels, maxAccuracyDrop, minimumAgreement,
                margin, parameterSet, verificationSamples);
    }

    public FheCompileOptions withParameterSet(String name) {
        return new FheCompileOptions(allowApproximateActivations, calibrationInputs, calibrationLabels, maxAccuracyDrop, minimumAgreement,
                rangeMargin, name, verificationSamples);
    }

    public FheCompileOptions withVerificationSamples(int n) {
        return new FheCompileOptions(allowApproximateActivations, calibrationInputs, calibrationLabels, maxAccuracyDrop, minimumAgreement,
                rangeMargin, parameterSet, n);
    }
}
