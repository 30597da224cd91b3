package io.aitbc.model.hybrid;

import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.KeyId;
import io.aitbc.fhe.rlwe.ParameterMismatchException;
import java.math.BigInteger;

/**
 * A fresh hybrid input ciphertext (c0, c1) as centered integers modulo Q. Rejects what the protocol does not
 * accept as an input: another parameter set or key, a level below the top, more than two polynomials.
 */
final class CiphertextIntegers {

    private final Ciphertext ciphertext;
    private final BigInteger[] c0;
    private final BigInteger[] c1;

    CiphertextIntegers(HybridParameters params, PublicKeyIntegers key, Ciphertext ct) {
        ParameterMismatchException.requireSame(params.bfv(), ct.params(), "ciphertext");
        KeyId.requireSame(key.key().keyId(), ct.keyId(), "ciphertext");
        if (ct.degree() != 1) throw new IllegalArgumentException("an input ciphertext has two polynomials, not " + (ct.degree() + 1));
        if (ct.level() != params.bfv().rlwe().maxLevel()) throw new IllegalArgumentException("an input ciphertext is at the top level");
        if (!ct.isNtt()) throw new IllegalArgumentException("ciphertexts are exchanged in the NTT domain");
        this.ciphertext = ct;
        Crt crt = new Crt(params.bfv().rlwe().q());
        this.c0 = crt.centeredFromNtt(ct.poly(0), params.bfv().rlwe().ringQ());
        this.c1 = crt.centeredFromNtt(ct.poly(1), params.bfv().rlwe().ringQ());
    }

    Ciphertext ciphertext() { return ciphertext; }

    BigInteger[] c0() { return c0; }

    BigInteger[] c1() { return c1; }

    Transcript absorb(Transcript t, BigInteger q) {
        return t.polynomial("c0", c0, q).polynomial("c1", c1, q);
    }
}
