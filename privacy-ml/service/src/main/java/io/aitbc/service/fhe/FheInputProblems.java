package io.aitbc.service.fhe;

import io.aitbc.domain.shared.InvalidRequestException;
import io.aitbc.domain.shared.UnprocessableException;
import io.aitbc.fhe.serialization.FheFormatException;
import io.aitbc.model.fhe.FheInputException;
import java.util.Arrays;

/**
 * Turns what the FHE library says about uploaded keys and ciphertexts into the API's errors: bytes that are
 * not a valid object (truncated, corrupted, another type) are a 400; valid objects that do not fit the
 * model (another parameter set, another key, missing rotation keys, wrong level) are a 422. Messages name
 * the problem, never key or ciphertext contents.
 */
public final class FheInputProblems {

    private FheInputProblems() {
    }

    /** @param what what was uploaded, e.g. "the input ciphertext" */
    public static RuntimeException of(FheInputException e, String what) {
        if (malformed(e)) {
            return new InvalidRequestException(what + " is not a valid FHE object: " + e.getMessage());
        }
        return switch (e.reason()) {
            case PARAMETER_SET_MISMATCH -> new UnprocessableException(what + " belongs to another FHE parameter set than"
                    + " the model's profile: " + e.getMessage());
            case MISSING_EVALUATION_KEYS -> new UnprocessableException(missingKeys((FheInputException.MissingEvaluationKeys) e));
            case WRONG_INPUT_SHAPE, UNUSABLE_CIPHERTEXT -> new UnprocessableException(what + " cannot be used: " + e.getMessage());
        };
    }

    private static String missingKeys(FheInputException.MissingEvaluationKeys e) {
        int[] missing = e.missingRotations();
        return missing.length == 0 ? e.getMessage()
                : "the evaluation keys lack rotation keys for steps " + Arrays.toString(missing)
                  + " that the model's FHE profile lists (generate keys for the profile's rotationSteps)";
    }

    private static boolean malformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FheFormatException) {
                return true;
            }
        }
        return false;
    }
}
