package io.aitbc.domain.payload;

/**
 * How a stored payload is protected. FHE ciphertexts are computed on; HPKE-sealed data is opened only by
 * its recipients. PLAINTEXT is only for the zkml level, where the server is the prover and sees the input.
 */
public enum PayloadScheme {
    CKKS, BFV, HPKE_AES_256_GCM, PLAINTEXT
}
