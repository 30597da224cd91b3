package io.aitbc.model.fhe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;

/**
 * Everything a client needs to run a model on encrypted data, and nothing secret: the CKKS parameter
 * set (exact primes and id), how to pack the input and at which level to encrypt it, where the logits
 * come out, the rotation steps to generate Galois keys for, whether a relinearization key is needed,
 * how each activation is computed, and the measured precision. Bound to one model by
 * {@code modelDigest}. Immutable; JSON via {@link #toJson()} / {@link #fromJson(String)}.
 */
public record FheProfile(String format, String modelDigest, String scheme, ParameterSpec parameters, int[] inputShape,
                         InputPacking inputPacking, int inputLevel, int outputLength, int outputPeriod, int[] rotationSteps,
                         boolean relinearization, int depth, List<String> layers, List<ActivationSpec> activations,
                         PrecisionReport precision) {

    public static final String FORMAT = "aitbc-fhe-profile/1";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true);

    public FheProfile {
        if (!FORMAT.equals(format)) throw new IllegalArgumentException("unknown profile format " + format + " (expected " + FORMAT + ")");
        if (!"CKKS".equals(scheme)) throw new IllegalArgumentException("unsupported scheme " + scheme);
        inputShape = inputShape.clone();
        rotationSteps = rotationSteps.clone();
        layers = List.copyOf(layers);
        activations = List.copyOf(activations);
        if (inputLevel < depth || inputLevel > parameters.depth()) {
            throw new IllegalArgumentException("input level " + inputLevel + " must be in [depth " + depth + ", " + parameters.depth() + "]");
        }
    }

    @Override
    public int[] inputShape() { return inputShape.clone(); }

    @Override
    public int[] rotationSteps() { return rotationSteps.clone(); }

    public int inputLength() { return Arrays.stream(inputShape).reduce(1, (a, b) -> a * b); }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses and validates a profile; any defect gives an IllegalArgumentException naming it. */
    public static FheProfile fromJson(String json) {
        try {
            return JSON.readValue(json, FheProfile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid FHE profile: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FheProfile p && p.toJson().equals(toJson());
    }

    @Override
    public int hashCode() { return toJson().hashCode(); }
}
