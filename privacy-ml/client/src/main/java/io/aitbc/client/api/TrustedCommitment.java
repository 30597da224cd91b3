package io.aitbc.client.api;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The model version a consumer runs and the ZKML-SPEC commitment it trusts for it, with where that came from.
 *
 * @param archHash   architecture hash; bound by the commitment (= Poseidon(archHash, paramsDigest)), so an
 *                   evaluation proof for another architecture fails even when this came from the server
 * @param commitment the model commitment every evaluation proof is checked against
 * @param source     human-readable: "marketplace listing 5", "ModelRegistry 0x.. on chain 31337", or both
 */
public record TrustedCommitment(long modelId, int version, BigInteger archHash, BigInteger commitment, String source) {
    public TrustedCommitment {
        Objects.requireNonNull(archHash, "archHash");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(source, "source");
    }
}
