package io.aitbc.marketplace.chain;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.web3j.crypto.Hash;

/**
 * What ModelRegistry stores for one version of a model.
 *
 * @param modelId    the on-chain id: keccak256 of the platform's model id (see {@link #onChainId})
 * @param commitment the Poseidon model commitment (docs/ZKML-SPEC.md section 3)
 * @param verifier   the Groth16 verifier contract of the model's inference circuit
 */
public record ModelVersionRecord(byte[] modelId, BigInteger commitment, String verifier) {
    public ModelVersionRecord {
        if (modelId.length != 32) throw new IllegalArgumentException("model ids on chain are 32 bytes");
        modelId = modelId.clone();
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(verifier, "verifier");
    }

    /** The on-chain id of a platform model id: keccak256 of its UTF-8 text (fixed size, no collisions in practice). */
    public static byte[] onChainId(String platformModelId) {
        return Hash.sha3(platformModelId.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] modelId() {
        return modelId.clone();
    }
}
