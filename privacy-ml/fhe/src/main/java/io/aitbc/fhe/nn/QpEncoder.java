package io.aitbc.fhe.nn;

import io.aitbc.fhe.ckks.CkksEncoder;
import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.ring.BasisExtender;
import io.aitbc.fhe.ring.Modulus;
import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Encodes real slot vectors over Q (one level) and P. The P residues come from the Q residues by an
 * exact centered basis extension: an encoded vector has coefficients of about scale * max|value|, far
 * below Q/2 at every level, so the extension is exact. Thread-safe.
 */
final class QpEncoder {

    private final CkksParameters params;
    private final CkksEncoder encoder;
    private final Ring ringQ;
    private final Ring ringP;
    private final ConcurrentHashMap<Integer, BasisExtender> extenders = new ConcurrentHashMap<>();

    QpEncoder(CkksParameters params) {
        this.params = params;
        this.encoder = new CkksEncoder(params);
        this.ringQ = params.rlwe().ringQ();
        this.ringP = params.rlwe().ringP();
    }

    /** values (slot vector) at {@code level} and {@code scale}; with the P part when {@code withP}. */
    QpPlaintext encode(double[] values, int level, double scale, boolean withP) {
        RnsPoly q = encoder.encode(values, level, scale).poly().copy();
        RnsPoly p = null;
        if (withP) {
            RnsPoly coeff = q.copy();
            ringQ.intt(coeff);
            int limbs = level + 1;
            long[][] in = new long[limbs][];
            for (int i = 0; i < limbs; i++) in[i] = coeff.limb(i);
            long[][] out = new long[ringP.size()][params.rlwe().n()];
            extender(level).convert(in, out, new long[limbs][params.rlwe().n()], true, io.aitbc.fhe.ring.Parallelism.SEQUENTIAL);
            p = RnsPoly.wrap(out);
            ringP.ntt(p);
            ringP.toMontgomery(p);
        }
        ringQ.toMontgomery(q);
        return new QpPlaintext(q, p, scale);
    }

    private BasisExtender extender(int level) {
        return extenders.computeIfAbsent(level, l -> {
            Modulus[] from = new Modulus[l + 1];
            for (int i = 0; i <= l; i++) from[i] = ringQ.modulus(i);
            Modulus[] to = new Modulus[ringP.size()];
            for (int i = 0; i < to.length; i++) to[i] = ringP.modulus(i);
            return new BasisExtender(from, to);
        });
    }
}
