package io.aitbc.fhe.nn;

import io.aitbc.fhe.ring.RnsPoly;

/**
 * A plaintext over the Q primes of one level and over the special primes P, NTT domain, in Montgomery
 * form: the operand of products with ciphertexts that are still in QP (lazy hoisted rotations).
 * {@code p} is null for a plaintext only ever multiplied by values whose P part is zero.
 */
record QpPlaintext(RnsPoly q, RnsPoly p, double scale) {
    int level() { return q.limbCount() - 1; }
}
