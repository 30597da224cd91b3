package io.aitbc.model.zkml;

import io.aitbc.model.commit.ArchitectureJson;
import io.aitbc.model.commit.ZkmlCommitments;
import io.aitbc.model.quant.QuantizedModel;
import java.math.BigInteger;

/**
 * The model a proof must be about: its Poseidon commitment and architecture hash (ZKML-SPEC §3), and its number of
 * classes (which fixes the number of public signals). Public; what the platform publishes per model version.
 */
public record ModelBinding(BigInteger modelCommitment, BigInteger archHash, int classes) {

    public ModelBinding {
        if (modelCommitment == null || archHash == null || classes < 1) {
            throw new IllegalArgumentException("a model binding needs a commitment, an archHash and at least one class");
        }
    }

    public static ModelBinding of(QuantizedModel model) {
        return new ModelBinding(ZkmlCommitments.modelCommitment(model), ArchitectureJson.archHash(model), model.classes());
    }
}
