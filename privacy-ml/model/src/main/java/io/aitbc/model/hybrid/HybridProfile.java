package io.aitbc.model.hybrid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.Objects;

/**
 * What a server publishes about a model's hybrid inference (JSON, docs/HYBRID.md §10): the parameter set, the
 * dense layer's public shape ({@link ModelSpec} without trust in its hashes) and the names of the three circuits
 * whose files clients download (key and input proving keys, evaluation verification key).
 *
 * <p>A client does not take the commitment from here: {@link #specBoundTo} builds the spec with the
 * architecture hash and commitment the client got from the marketplace or the registry, so that an evaluation
 * proof for any other model fails.
 */
public record HybridProfile(String parameterSet, int inputs, int outputs, int weightBits, int biasBits,
                            int weightFractionBits, int inputFractionBits, long inputLo, long inputHi, String archHash,
                            String commitment, String keyCircuit, String inputCircuit, String evaluationCircuit) {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public HybridProfile {
        Objects.requireNonNull(parameterSet, "parameterSet");
        Objects.requireNonNull(archHash, "archHash");
        Objects.requireNonNull(commitment, "commitment");
        for (String circuit : new String[] {keyCircuit, inputCircuit, evaluationCircuit}) {
            if (circuit == null || !CircuitNames.isValid(circuit)) throw new IllegalArgumentException("invalid circuit name " + circuit);
        }
    }

    public static HybridProfile of(HybridParameters params, HybridModel model, CircuitArtifacts key, CircuitArtifacts input,
                                   CircuitArtifacts evaluation) {
        ModelSpec spec = model.spec();
        return new HybridProfile(params.name(), spec.inputs(), spec.outputs(), spec.weightBits(), spec.biasBits(),
                spec.weightFractionBits(), model.quantized().params().fA(), spec.inputRange().lo(), spec.inputRange().hi(),
                spec.archHash().toString(),
                spec.commitment().toString(), name(key), name(input), name(evaluation));
    }

    /** The parameter set by name (test-only sets included: check {@link HybridParameters#isTestOnly()}). */
    public HybridParameters parameters() {
        return HybridParameters.byName(parameterSet);
    }

    /** The spec with the architecture hash and commitment published by a source the client trusts. */
    public ModelSpec specBoundTo(BigInteger publishedArchHash, BigInteger publishedCommitment) {
        return new ModelSpec(inputs, outputs, weightBits, biasBits, weightFractionBits, publishedArchHash, publishedCommitment,
                new InputRange(inputLo, inputHi));
    }

    /**
     * The client's fixed-point input (ZKML-SPEC: round half away from zero at {@code inputFractionBits}); values
     * outside the model's proven range cannot be proven and are refused here.
     */
    public long[] quantizeInput(double[] x) {
        if (x.length != inputs) throw new IllegalArgumentException("the model takes " + inputs + " inputs, got " + x.length);
        long[] q = new long[x.length];
        InputRange range = new InputRange(inputLo, inputHi);
        for (int i = 0; i < x.length; i++) {
            q[i] = io.aitbc.model.quant.FixedPoint.roundHalfAwayFromZero(Math.scalb(x[i], inputFractionBits));
            if (!range.contains(q[i])) {
                throw new IllegalArgumentException("input " + i + " = " + x[i] + " is outside the model's range ["
                        + Math.scalb((double) inputLo, -inputFractionBits) + ", " + Math.scalb((double) inputHi, -inputFractionBits) + "]");
            }
        }
        return q;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static HybridProfile fromJson(String json) {
        try {
            return JSON.readValue(json, HybridProfile.class);
        } catch (JsonProcessingException e) {
            throw new HybridFormatException("not a hybrid profile: " + e.getOriginalMessage());
        }
    }

    private static String name(CircuitArtifacts a) {
        return a.dir().getFileName().toString();
    }

    /** Circuit folder names as {@link HybridCircuits} makes them: {@code hybrid_<relation>-<16 hex>}. */
    public static final class CircuitNames {
        private CircuitNames() {
        }

        public static boolean isValid(String name) {
            return name.matches("hybrid_[a-z]+-[0-9a-f]{16}");
        }
    }
}
