package io.aitbc.fhe.rlwe;

/**
 * The randomness of one encryption, for zero-knowledge proofs of well-formedness. Public-key
 * encryption: c0 = b*u + e0 + m, c1 = a*u + e1 (u ternary, e0 and e1 Gaussian). Secret-key encryption:
 * c0 = -a*s + e0 + m with a from the seed; u and e1 are then null. Coefficients are small signed values.
 */
public record EncryptionWitness(long[] u, long[] e0, long[] e1) {

    public EncryptionWitness {
        u = u == null ? null : u.clone();
        e0 = e0.clone();
        e1 = e1 == null ? null : e1.clone();
    }

    @Override public long[] u() { return u == null ? null : u.clone(); }

    @Override public long[] e0() { return e0.clone(); }

    @Override public long[] e1() { return e1 == null ? null : e1.clone(); }
}
