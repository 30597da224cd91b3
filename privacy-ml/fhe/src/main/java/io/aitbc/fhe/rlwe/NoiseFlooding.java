package io.aitbc.fhe.rlwe;

import io.aitbc.fhe.ring.Modulus;
import io.aitbc.fhe.ring.Prng;
import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;
import io.aitbc.fhe.ring.AesCtrPrng;
import java.security.SecureRandom;

/**
 * Output protection for a server that returns a computed ciphertext: re-randomizes it by adding a
 * fresh public-key encryption of zero (so c1 no longer depends on the computation) and floods c0 with
 * noise uniform in [-2^floodBits, 2^floodBits). If the evaluation noise is below 2^(floodBits - lambda),
 * the result is statistically within 2^-lambda (per coefficient) of a fresh encryption of the same
 * message, so decryption reveals the output and nothing more about the evaluation (e.g. the weights).
 * The flood costs floodBits of CKKS precision / BFV noise budget: choose it between the evaluation
 * noise + lambda and what the decryption can absorb.
 */
public final class NoiseFlooding {

    private final PublicKey publicKey;
    private final Encryptor encryptor;
    private final SecureRandom random;

    public NoiseFlooding(PublicKey publicKey, SecureRandom random) {
        this.publicKey = publicKey;
        this.encryptor = Encryptor.withPublicKey(publicKey, random);
        this.random = random;
    }

    public Ciphertext flood(Ciphertext ct, int floodBits) {
        ParameterMismatchException.requireSame(publicKey.params(), ct.params(), "ciphertext");
        KeyId.requireSame(publicKey.keyId(), ct.keyId(), "ciphertext");
        if (ct.degree() != 1 || !ct.isNtt()) throw new IllegalArgumentException("flood a relinearized NTT-domain ciphertext");
        if (floodBits < 1 || floodBits > 60) throw new IllegalArgumentException("flood bits must be in 1..60: " + floodBits);
        Ring ring = ct.params().rlwe().ringQ();
        int limbs = ct.level() + 1;
        Ciphertext zero = encryptor.encryptZero(ct.level(), ct.scale());
        RnsPoly flood = ring.newPoly(limbs);
        Prng prng = AesCtrPrng.fresh(random);
        long mask = (1L << (floodBits + 1)) - 1;
        int n = ring.n();
        long[] e = new long[n];
        for (int c = 0; c < n; c++) e[c] = (prng.nextLong() & mask) - (1L << floodBits);
        for (int i = 0; i < limbs; i++) {
            Modulus m = ring.modulus(i);
            long[] z = flood.limb(i);
            for (int c = 0; c < n; c++) z[c] = m.reduce(e[c]);
        }
        ring.ntt(flood);
        RnsPoly c0 = ring.newPoly(limbs), c1 = ring.newPoly(limbs);
        ring.add(ct.poly(0), zero.poly(0), c0);
        ring.add(c0, flood, c0);
        ring.add(ct.poly(1), zero.poly(1), c1);
        return ct.derive(new RnsPoly[] {c0, c1}, ct.scale());
    }
}
