package io.aitbc.domain.keys;

/** Homomorphic encryption schemes the platform evaluates (implemented in privacy-ml/fhe). */
public enum FheScheme {
    CKKS, BFV
}
