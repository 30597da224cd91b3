package io.aitbc.model.hybrid;

import io.aitbc.fhe.rlwe.ParameterMismatchException;
import io.aitbc.fhe.rlwe.PublicKey;
import java.math.BigInteger;

/** A public key (b, a) with its coefficients as centered integers modulo Q, as the proofs see it. */
final class PublicKeyIntegers {

    private final PublicKey key;
    private final BigInteger[] b;
    private final BigInteger[] a;

    PublicKeyIntegers(HybridParameters params, PublicKey key) {
        ParameterMismatchException.requireSame(params.bfv(), key.params(), "public key");
        this.key = key;
        Crt crt = new Crt(params.bfv().rlwe().q());
        this.b = crt.centeredFromNtt(key.b(), params.bfv().rlwe().ringQ());
        this.a = crt.centeredFromNtt(key.a(), params.bfv().rlwe().ringQ());
    }

    PublicKey key() { return key; }

    BigInteger[] b() { return b; }

    BigInteger[] a() { return a; }

    /** Adds the key to a transcript. */
    Transcript absorb(Transcript t, BigInteger q) {
        return t.polynomial("b", b, q).polynomial("a", a, q);
    }
}
