package io.aitbc.fhe.bfv;

import io.aitbc.fhe.ring.BasisExtender;
import io.aitbc.fhe.ring.Modulus;
import io.aitbc.fhe.ring.Primes;
import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;
import io.aitbc.fhe.rlwe.RlweParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Precomputed constants of full-RNS BFV for one parameter set: Delta = floor(Q/t) mod q_i, the
 * auxiliary basis B used by the multiplication (large enough that t*(c x d)/Q is held exactly,
 * |B| > 2^6 * t * N * Q), and the basis extensions Q -> B, B -> Q and Q -> {t}.
 */
final class BfvTables {

    private static final Map<BfvParameters, BfvTables> CACHE = new WeakHashMap<>();

    final Ring ringQ;
    final Ring ringB;
    final Modulus t;
    final long[] deltaModQ;
    final long[] tModQ;
    final long[] tModB;
    final long[] qInverseModB;
    final long qInverseModT;
    final BasisExtender qToB;
    final BasisExtender bToQ;
    final BasisExtender qToT;
    final double log2Q;

    static synchronized BfvTables of(BfvParameters params) {
        return CACHE.computeIfAbsent(params, BfvTables::new);
    }

    private BfvTables(BfvParameters params) {
        RlweParameters rlwe = params.rlwe();
        ringQ = rlwe.ringQ();
        t = new Modulus(params.plaintextModulus());
        int k = ringQ.size();
        Modulus[] qm = new Modulus[k];
        double lq = 0;
        long qModT = 1;
        for (int i = 0; i < k; i++) {
            qm[i] = ringQ.modulus(i);
            lq += Math.log(qm[i].value()) / Math.log(2);
            qModT = t.mul(qModT, t.reduce(qm[i].value()));
        }
        log2Q = lq;
        deltaModQ = new long[k];
        tModQ = new long[k];
        for (int i = 0; i < k; i++) {
            // floor(Q/t) = (Q - (Q mod t)) / t = -(Q mod t) * t^-1  (mod q_i), since q_i divides Q
            long tInv = qm[i].inverse(qm[i].reduce(t.value()));
            deltaModQ[i] = qm[i].mul(qm[i].neg(qm[i].reduce(qModT)), tInv);
            tModQ[i] = qm[i].reduce(t.value());
        }
        int needBits = (int) Math.ceil(lq) + t.bits() + rlwe.logN() + 6;
        List<Long> used = new ArrayList<>();
        for (long q : rlwe.q()) used.add(q);
        for (long p : rlwe.p()) used.add(p);
        used.add(t.value());
        int count = (needBits + 59) / 60;
        List<Long> b = Primes.nttPrimes(61, rlwe.n(), count, used);
        ringB = new Ring(rlwe.n(), b.stream().mapToLong(Long::longValue).toArray());
        Modulus[] bm = new Modulus[count];
        tModB = new long[count];
        qInverseModB = new long[count];
        for (int j = 0; j < count; j++) {
            bm[j] = ringB.modulus(j);
            tModB[j] = bm[j].reduce(t.value());
            long qModB = 1;
            for (Modulus q : qm) qModB = bm[j].mul(qModB, bm[j].reduce(q.value()));
            qInverseModB[j] = bm[j].inverse(qModB);
        }
        qInverseModT = t.inverse(qModT);
        qToB = new BasisExtender(qm, bm);
        bToQ = new BasisExtender(bm, qm);
        qToT = new BasisExtender(qm, new Modulus[] {t});
    }

    static long[][] limbs(RnsPoly p) {
        long[][] l = new long[p.limbCount()][];
        for (int i = 0; i < l.length; i++) l[i] = p.limb(i);
        return l;
    }
}
