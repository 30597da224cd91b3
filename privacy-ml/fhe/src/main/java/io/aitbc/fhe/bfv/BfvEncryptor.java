package io.aitbc.fhe.bfv;

import io.aitbc.fhe.ring.RnsPoly;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.Encryptor;
import io.aitbc.fhe.rlwe.ParameterMismatchException;
import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.fhe.rlwe.SecretKey;
import java.security.SecureRandom;

/** Encrypts BFV plaintexts: (c0 + Delta*m, c1) for an encryption of zero (c0, c1), NTT domain, top level. */
public final class BfvEncryptor {

    private final BfvParameters params;
    private final Encryptor encryptor;
    private final BfvEncoder encoder;
    private final BfvTables tables;

    private BfvEncryptor(BfvParameters params, Encryptor encryptor) {
        this.params = params;
        this.encryptor = encryptor;
        this.encoder = new BfvEncoder(params);
        this.tables = BfvTables.of(params);
    }

    public static BfvEncryptor withPublicKey(BfvParameters params, PublicKey pk) {
        ParameterMismatchException.requireSame(params, pk.params(), "public key");
        return new BfvEncryptor(params, Encryptor.withPublicKey(pk, new SecureRandom()));
    }

    public static BfvEncryptor withSecretKey(BfvParameters params, SecretKey sk) {
        ParameterMismatchException.requireSame(params, sk.params(), "secret key");
        return new BfvEncryptor(params, Encryptor.withSecretKey(sk, new SecureRandom()));
    }

    /** Encodes up to N integers into the slots and encrypts them. */
    public Ciphertext encrypt(long[] values) {
        return encrypt(encoder.encode(values));
    }

    public Ciphertext encrypt(BfvPlaintext pt) {
        return encryptWithWitness(pt).ciphertext();
    }

    public Encryptor.Witnessed encryptWithWitness(BfvPlaintext pt) {
        pt.check(params);
        return encryptor.encryptWithWitness(params.rlwe().maxLevel(), 1.0, scaledMessageCoefficients(tables, pt));
    }

    /** Delta * m over Q in the NTT domain. */
    static RnsPoly scaledMessage(BfvTables tables, BfvPlaintext pt) {
        RnsPoly m = scaledMessageCoefficients(tables, pt);
        tables.ringQ.ntt(m);
        return m;
    }

    /** Delta * m over Q in the coefficient domain. */
    static RnsPoly scaledMessageCoefficients(BfvTables tables, BfvPlaintext pt) {
        RnsPoly m = tables.ringQ.newPoly();
        tables.ringQ.setSmall(pt.live(), m); // coefficients in [0, t) are below every q_i
        tables.ringQ.mulScalarPerLimb(m, tables.deltaModQ, m);
        return m;
    }

    public BfvEncoder encoder() { return encoder; }
}
