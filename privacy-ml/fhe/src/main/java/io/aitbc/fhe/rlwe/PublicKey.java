package io.aitbc.fhe.rlwe;

import io.aitbc.fhe.ring.RnsPoly;

/**
 * An RLWE public key (b, a) = (-a*s + e, a) over all Q primes, NTT domain; a is expanded from
 * {@link #seed()}, so only b and the seed need to be stored.
 */
public final class PublicKey {

    private final SchemeParameters params;
    private final RnsPoly b;
    private final RnsPoly a;
    private final byte[] seed;
    private final KeyId keyId;

    public PublicKey(SchemeParameters params, KeyId keyId, RnsPoly b, byte[] seed) {
        this.params = params;
        this.keyId = keyId;
        this.b = b;
        this.seed = seed.clone();
        this.a = PublicPolynomials.expandQ(params.rlwe(), seed, "pk", params.rlwe().qCount());
        if (b.limbCount() != params.rlwe().qCount()) throw new IllegalArgumentException("public key must span all Q primes");
    }

    public SchemeParameters params() { return params; }

    public KeyId keyId() { return keyId; }

    public RnsPoly b() { return b; }

    public RnsPoly a() { return a; }

    public byte[] seed() { return seed.clone(); }
}
