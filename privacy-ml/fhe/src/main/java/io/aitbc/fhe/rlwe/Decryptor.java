package io.aitbc.fhe.rlwe;

import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;

/** Computes c0 + c1*s (+ c2*s^2 ...) in the NTT domain: the noisy plaintext of a ciphertext. */
public final class Decryptor {

    private final SecretKey secretKey;
    private final Ring ringQ;

    public Decryptor(SecretKey secretKey) {
        this.secretKey = secretKey;
        this.ringQ = secretKey.params().rlwe().ringQ();
    }

    public SecretKey secretKey() { return secretKey; }

    /** The phase of {@code ct} in the NTT domain over its level's primes. */
    public RnsPoly phaseNtt(Ciphertext ct) {
        ParameterMismatchException.requireSame(secretKey.params(), ct.params(), "ciphertext");
        KeyId.requireSame(secretKey.keyId(), ct.keyId(), "ciphertext");
        int limbs = ct.level() + 1;
        RnsPoly[] c = new RnsPoly[ct.degree() + 1];
        for (int i = 0; i < c.length; i++) {
            c[i] = ct.poly(i).copyLimbs(limbs);
            if (!ct.isNtt()) ringQ.ntt(c[i]);
        }
        // Horner: ((c_d*s + c_{d-1})*s + ...)*s + c_0
        RnsPoly acc = c[c.length - 1];
        RnsPoly s = secretKey.nttQ();
        for (int i = c.length - 2; i >= 0; i--) {
            RnsPoly next = c[i];
            ringQ.mulCoeffsAdd(acc, s, next);
            acc = next;
        }
        return acc;
    }
}
