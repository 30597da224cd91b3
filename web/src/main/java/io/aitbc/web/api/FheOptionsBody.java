package io.aitbc.web.api;

import io.aitbc.service.models.FheRegistrationOptions;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The owner's FHE options for a new version (the {@code options} part of a multipart registration, or fields of
 * the JSON one): whether ReLU may be approximated, calibration samples (flat inputs, optional labels) and an
 * optional parameter set name.
 */
public class FheOptionsBody {

    // A class with public fields, not a record: Payara's OpenAPI generator fails on Bean Validation
    // annotations of record components (it sees them on the canonical constructor's parameters).

    public Boolean allowApproximateActivations;
    @Size(max = FheRegistrationOptions.MAX_CALIBRATION_SAMPLES)
    public List<double[]> calibrationInputs;
    @Size(max = FheRegistrationOptions.MAX_CALIBRATION_SAMPLES)
    public int[] calibrationLabels;
    @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be a parameter set name such as ckks-16384")
    public String parameterSet;

    FheRegistrationOptions toOptions() {
        return new FheRegistrationOptions(Boolean.TRUE.equals(allowApproximateActivations), calibrationInputs,
                calibrationLabels, parameterSet);
    }
}
