package io.aitbc.fhe.ckks;

import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.Decryptor;
import io.aitbc.fhe.rlwe.ParameterMismatchException;
import io.aitbc.fhe.rlwe.Plaintext;
import io.aitbc.fhe.rlwe.SecretKey;

/** Decrypts and decodes CKKS ciphertexts with the secret key. */
public final class CkksDecryptor {

    private final CkksParameters params;
    private final Decryptor decryptor;
    private final CkksEncoder encoder;

    public CkksDecryptor(CkksParameters params, SecretKey sk) {
        ParameterMismatchException.requireSame(params, sk.params(), "secret key");
        this.params = params;
        this.decryptor = new Decryptor(sk);
        this.encoder = new CkksEncoder(params);
    }

    public Plaintext decryptToPlaintext(Ciphertext ct) {
        return new Plaintext(params, decryptor.phaseNtt(ct), ct.scale(), true);
    }

    /** The real parts of all N/2 slots. */
    public double[] decrypt(Ciphertext ct) {
        return encoder.decode(decryptToPlaintext(ct));
    }

    /** All slots as {re[], im[]}. */
    public double[][] decryptComplex(Ciphertext ct) {
        return encoder.decodeComplex(decryptToPlaintext(ct));
    }
}
