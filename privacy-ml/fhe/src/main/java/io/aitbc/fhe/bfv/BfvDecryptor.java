package io.aitbc.fhe.bfv;

import io.aitbc.fhe.ring.CrtReconstructor;
import io.aitbc.fhe.ring.RnsPoly;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.Decryptor;
import io.aitbc.fhe.rlwe.ParameterMismatchException;
import io.aitbc.fhe.rlwe.SecretKey;

/**
 * BFV decryption: m = round(t * x / Q) mod t for the phase x = c0 + c1*s. With y = t*x, round(y/Q) =
 * (y - [y]_Q)/Q where [y]_Q is the centered remainder; modulo t, y vanishes, so
 * m = -[t*x]_Q * Q^-1 mod t, and [t*x]_Q comes from one exact basis extension Q -> {t}. The same
 * [t*x]_Q = t*v - (Q mod t)*m measures the noise v, hence the noise budget.
 */
public final class BfvDecryptor {

    private final BfvParameters params;
    private final Decryptor decryptor;
    private final BfvTables tables;
    private final BfvEncoder encoder;

    public BfvDecryptor(BfvParameters params, SecretKey sk) {
        ParameterMismatchException.requireSame(params, sk.params(), "secret key");
        this.params = params;
        this.decryptor = new Decryptor(sk);
        this.tables = BfvTables.of(params);
        this.encoder = new BfvEncoder(params);
    }

    public BfvPlaintext decryptToPlaintext(Ciphertext ct) {
        RnsPoly y = scaledPhase(ct);
        int n = params.rlwe().n();
        long[][] out = new long[1][n];
        tables.qToT.convert(BfvTables.limbs(y), out, new long[y.limbCount()][n], true, tables.ringQ.parallelism());
        long[] m = out[0];
        for (int c = 0; c < n; c++) m[c] = tables.t.mul(tables.t.neg(m[c]), tables.qInverseModT);
        return new BfvPlaintext(params, m);
    }

    /** The N slot values in [0, t). */
    public long[] decrypt(Ciphertext ct) {
        return encoder.decode(decryptToPlaintext(ct));
    }

    /** The N slot values centered in (-t/2, t/2]. */
    public long[] decryptSigned(Ciphertext ct) {
        return encoder.decodeSigned(decryptToPlaintext(ct));
    }

    /**
     * Remaining noise budget in bits: log2(Q/2) - log2(max |[t*x]_Q|). Decryption is correct while it
     * is positive; each multiplication consumes some.
     */
    public double noiseBudgetBits(Ciphertext ct) {
        RnsPoly y = scaledPhase(ct);
        double[] v = new double[params.rlwe().n()];
        new CrtReconstructor(tables.ringQ, y.limbCount()).toDoubles(y, 1.0, v);
        double max = 1;
        for (double x : v) max = Math.max(max, Math.abs(x));
        return Math.max(0, tables.log2Q - 1 - Math.log(max) / Math.log(2));
    }

    /** t * (c0 + c1*s) over Q, coefficient domain. */
    private RnsPoly scaledPhase(Ciphertext ct) {
        if (ct.level() != params.rlwe().maxLevel()) throw new IllegalArgumentException("BFV ciphertexts stay at the top level");
        RnsPoly x = decryptor.phaseNtt(ct);
        tables.ringQ.intt(x);
        tables.ringQ.mulScalarPerLimb(x, tables.tModQ, x);
        return x;
    }
}
