package io.aitbc.model.fhe;

import io.aitbc.fhe.rlwe.EvaluationKeys;
import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.fhe.rlwe.SecretKey;
import io.aitbc.fhe.serialization.FheSerializer;

/**
 * A client's keys for one profile. The secret key stays with the client; {@link #evaluationKeysBytes()}
 * (relinearization + the profile's rotation keys, seed-compressed) is what it uploads.
 */
public record FheKeySet(SecretKey secretKey, PublicKey publicKey, EvaluationKeys evaluationKeys) {

    public byte[] evaluationKeysBytes() { return FheSerializer.write(evaluationKeys); }

    public byte[] publicKeyBytes() { return FheSerializer.write(publicKey); }

    public byte[] secretKeyBytes() { return FheSerializer.write(secretKey); }
}
