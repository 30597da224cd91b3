package io.aitbc.fhe.rlwe;

import io.aitbc.fhe.ring.RnsPoly;

/**
 * A ternary secret s: its small coefficients (for serialization and zero-knowledge witnesses) and its
 * NTT form over every Q and P prime. Never leaves the consumer's machine.
 */
public final class SecretKey {

    private final SchemeParameters params;
    private final long[] coefficients;
    private final KeyId keyId;
    private final RnsPoly nttQ;
    private final RnsPoly nttP;

    public SecretKey(SchemeParameters params, long[] coefficients) {
        RlweParameters r = params.rlwe();
        if (coefficients.length != r.n()) throw new IllegalArgumentException("secret key needs N coefficients");
        for (long c : coefficients) {
            if (c < -1 || c > 1) throw new IllegalArgumentException("secret key coefficients must be in {-1, 0, 1}");
        }
        this.params = params;
        this.coefficients = coefficients.clone();
        this.keyId = KeyId.ofSecret(coefficients);
        this.nttQ = r.ringQ().newPoly();
        this.nttP = r.ringP().newPoly();
        r.ringQ().setSmall(coefficients, nttQ);
        r.ringQ().ntt(nttQ);
        r.ringP().setSmall(coefficients, nttP);
        r.ringP().ntt(nttP);
    }

    public SchemeParameters params() { return params; }

    public KeyId keyId() { return keyId; }

    /** The coefficients in {-1, 0, 1}. */
    public long[] coefficients() { return coefficients.clone(); }

    /** s in the NTT domain over all Q primes (live; do not modify). */
    public RnsPoly nttQ() { return nttQ; }

    /** s in the NTT domain over all P primes (live; do not modify). */
    public RnsPoly nttP() { return nttP; }
}
