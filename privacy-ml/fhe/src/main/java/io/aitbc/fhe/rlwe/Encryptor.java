package io.aitbc.fhe.rlwe;

import io.aitbc.fhe.ring.Prng;
import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;
import io.aitbc.fhe.ring.Sampler;
import io.aitbc.fhe.ring.AesCtrPrng;
import java.security.SecureRandom;

/**
 * RLWE encryption of zero, with a public key (anyone) or the secret key (the key owner; the result is
 * seed-compressible). The schemes add their encoded message to c0. Not thread-safe.
 */
public final class Encryptor {

    /** A ciphertext and the randomness that produced it. */
    public record Witnessed(Ciphertext ciphertext, EncryptionWitness witness) {}

    private final SchemeParameters params;
    private final PublicKey publicKey;
    private final SecretKey secretKey;
    private final SecureRandom random;
    private final Ring ringQ;

    private Encryptor(SchemeParameters params, PublicKey pk, SecretKey sk, SecureRandom random) {
        this.params = params;
        this.publicKey = pk;
        this.secretKey = sk;
        this.random = random;
        this.ringQ = params.rlwe().ringQ();
    }

    public static Encryptor withPublicKey(PublicKey pk, SecureRandom random) {
        return new Encryptor(pk.params(), pk, null, random);
    }

    public static Encryptor withSecretKey(SecretKey sk, SecureRandom random) {
        return new Encryptor(sk.params(), null, sk, random);
    }

    public SchemeParameters params() { return params; }

    public boolean usesSecretKey() { return secretKey != null; }

    /** An encryption of zero at {@code level}, in the NTT domain, tagged with {@code scale}. */
    public Ciphertext encryptZero(int level, double scale) {
        return encryptZeroWithWitness(level, scale).ciphertext();
    }

    public Witnessed encryptZeroWithWitness(int level, double scale) {
        return encryptWithWitness(level, scale, null);
    }

    /**
     * An encryption of {@code coefficientMessage} (coefficient domain, over at least level+1 primes; null
     * for zero), added to the noise e0 before its NTT so that it costs no transform of its own.
     */
    public Witnessed encryptWithWitness(int level, double scale, RnsPoly coefficientMessage) {
        RlweParameters rlwe = params.rlwe();
        if (level < 0 || level > rlwe.maxLevel()) throw new IllegalArgumentException("level out of range: " + level);
        int limbs = level + 1;
        int n = rlwe.n();
        Prng prng = AesCtrPrng.fresh(random);
        long[] e0 = Sampler.gaussian(prng, rlwe.gaussian(), n);
        RnsPoly c0 = ringQ.newPoly(limbs);
        ringQ.setSmall(e0, c0);
        if (coefficientMessage != null) ringQ.add(c0, coefficientMessage, c0);
        ringQ.ntt(c0);
        if (secretKey != null) {
            byte[] seed = AesCtrPrng.newSeed(random);
            RnsPoly c1 = PublicPolynomials.expandQ(rlwe, seed, "ct", limbs);
            RnsPoly as = ringQ.newPoly(limbs);
            ringQ.mulCoeffs(c1, secretKey.nttQ(), as);
            ringQ.sub(c0, as, c0);
            return new Witnessed(new Ciphertext(params, secretKey.keyId(), new RnsPoly[] {c0, c1}, scale, true, seed),
                    new EncryptionWitness(null, e0, null));
        }
        long[] u = Sampler.ternary(prng, n);
        long[] e1 = Sampler.gaussian(prng, rlwe.gaussian(), n);
        RnsPoly uNtt = smallNtt(u, limbs);
        RnsPoly c1 = smallNtt(e1, limbs);
        ringQ.mulCoeffsAdd(publicKey.b(), uNtt, c0);
        ringQ.mulCoeffsAdd(publicKey.a(), uNtt, c1);
        return new Witnessed(new Ciphertext(params, publicKey.keyId(), new RnsPoly[] {c0, c1}, scale, true, null),
                new EncryptionWitness(u, e0, e1));
    }

    private RnsPoly smallNtt(long[] coefficients, int limbs) {
        RnsPoly p = ringQ.newPoly(limbs);
        ringQ.setSmall(coefficients, p);
        ringQ.ntt(p);
        return p;
    }
}
