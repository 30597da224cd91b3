package io.aitbc.fhe.rlwe;

/**
 * A complete, immutable parameter set of one scheme (CKKS or BFV): the RLWE part plus the scheme's own
 * values. Every key, plaintext and ciphertext refers to one; combining objects of different sets throws.
 */
public interface SchemeParameters {

    enum Scheme { CKKS, BFV }

    Scheme scheme();

    RlweParameters rlwe();

    /** SHA-256 of {@link #canonicalEncoding()}. */
    ParametersId id();

    /** The versioned binary description of this parameter set (also its serialized form). */
    byte[] canonicalEncoding();

    /** A readable name such as "CKKS N=8192 logQP=200 (preset ckks-8192)". */
    String name();
}
