package io.aitbc.fhe.ckks;

import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.Encryptor;
import io.aitbc.fhe.rlwe.ParameterMismatchException;
import io.aitbc.fhe.rlwe.Plaintext;
import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.fhe.rlwe.SecretKey;
import java.security.SecureRandom;

/** Encodes and encrypts real vectors (public key, or secret key for seed-compressed ciphertexts). */
public final class CkksEncryptor {

    private final CkksParameters params;
    private final CkksEncoder encoder;
    private final Encryptor encryptor;

    private CkksEncryptor(CkksParameters params, Encryptor encryptor) {
        this.params = params;
        this.encoder = new CkksEncoder(params);
        this.encryptor = encryptor;
    }

    public static CkksEncryptor withPublicKey(CkksParameters params, PublicKey pk) {
        ParameterMismatchException.requireSame(params, pk.params(), "public key");
        return new CkksEncryptor(params, Encryptor.withPublicKey(pk, new SecureRandom()));
    }

    public static CkksEncryptor withSecretKey(CkksParameters params, SecretKey sk) {
        ParameterMismatchException.requireSame(params, sk.params(), "secret key");
        return new CkksEncryptor(params, Encryptor.withSecretKey(sk, new SecureRandom()));
    }

    /** Encrypts up to N/2 real values at the top level with the default scale. */
    public Ciphertext encrypt(double[] values) {
        return encrypt(encoder.encode(values, params.maxLevel(), params.defaultScale()));
    }

    public Ciphertext encrypt(Plaintext pt) {
        return encryptWithWitness(pt).ciphertext();
    }

    /** Encryption plus its randomness (for a zero-knowledge proof of a well-formed ciphertext). */
    public Encryptor.Witnessed encryptWithWitness(Plaintext pt) {
        ParameterMismatchException.requireSame(params, pt.params(), "plaintext");
        if (!pt.isNtt()) throw new IllegalArgumentException("CKKS plaintexts must be in the NTT domain");
        Encryptor.Witnessed zero = encryptor.encryptZeroWithWitness(pt.level(), pt.scale());
        Ciphertext z = zero.ciphertext();
        Ring ring = params.rlwe().ringQ();
        RnsPoly c0 = z.poly(0);
        ring.add(c0, pt.poly(), c0); // z is fresh and owned here
        return new Encryptor.Witnessed(new Ciphertext(params, z.keyId(), new RnsPoly[] {c0, z.poly(1)}, pt.scale(), true, z.seed()),
                zero.witness());
    }

    public CkksEncoder encoder() { return encoder; }
}
