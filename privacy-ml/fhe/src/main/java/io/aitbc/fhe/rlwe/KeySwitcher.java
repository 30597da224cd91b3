package io.aitbc.fhe.rlwe;

import io.aitbc.fhe.ring.BasisExtender;
import io.aitbc.fhe.ring.Modulus;
import io.aitbc.fhe.ring.Parallelism;
import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hybrid key switching (GHS/Han-Ki style, as in Lattigo): decompose c into digits of pCount() Q primes,
 * raise each digit to QP (ModUp by fast basis extension), take the inner product with the key's digits
 * in QP, and divide by P with rounding (ModDown). All inputs and outputs are in the NTT domain.
 *
 * <p>The three steps are public so that callers can hoist: one {@link #decompose} serves many keys
 * (rotations), and sums of {@link #innerProduct} results can share one {@link #modDown}.
 */
public final class KeySwitcher {

    /** Digits of one polynomial raised to QP, NTT domain. */
    public record Decomposition(int level, RnsPoly[] q, RnsPoly[] p) {}

    /** A degree-1 ciphertext over QP, before the division by P. */
    public record Extended(RnsPoly q0, RnsPoly p0, RnsPoly q1, RnsPoly p1) {}

    private final RlweParameters rlwe;
    private final Ring ringQ;
    private final Ring ringP;
    private final Parallelism parallelism;
    private final Map<Integer, LevelTables> tables = new ConcurrentHashMap<>();

    public KeySwitcher(RlweParameters rlwe, Parallelism parallelism) {
        this.rlwe = rlwe;
        this.parallelism = parallelism;
        this.ringQ = rlwe.ringQ().withParallelism(parallelism);
        this.ringP = rlwe.ringP().withParallelism(parallelism);
    }

    public RlweParameters params() { return rlwe; }

    /** (d0, d1) over the level of c with d0 + d1*s_out = c*s_in + small error. */
    public RnsPoly[] switchKey(RnsPoly c, SwitchingKey key) {
        Extended e = innerProduct(decompose(c), key);
        return new RnsPoly[] {modDown(e.q0(), e.p0()), modDown(e.q1(), e.p1())};
    }

    public Decomposition decompose(RnsPoly c) {
        int level = c.limbCount() - 1;
        LevelTables t = tables(level);
        int n = rlwe.n();
        RnsPoly coeff = c.copy();
        ringQ.intt(coeff);
        int digits = t.digitExtenders.length;
        RnsPoly[] dq = new RnsPoly[digits];
        RnsPoly[] dp = new RnsPoly[digits];
        int alpha = rlwe.pCount();
        for (int j = 0; j < digits; j++) {
            int start = j * alpha;
            int end = Math.min(start + alpha, level + 1);
            long[][] in = new long[end - start][];
            for (int i = start; i < end; i++) in[i - start] = coeff.limb(i);
            int others = level + 1 - (end - start);
            long[][] out = new long[others + rlwe.pCount()][n];
            t.digitExtenders[j].convert(in, out, end - start > 1 ? new long[end - start][n] : null, true, parallelism);
            long[][] q = new long[level + 1][];
            int o = 0;
            for (int i = 0; i <= level; i++) {
                q[i] = (i >= start && i < end) ? c.limb(i) : out[o++]; // shared, read-only: the digit's own primes
            }
            long[][] p = new long[rlwe.pCount()][];
            for (int i = 0; i < p.length; i++) p[i] = out[others + i];
            final int s0 = start, e0 = end;
            parallelism.forEach(level + 1 + p.length, i -> {
                if (i <= level) {
                    if (i < s0 || i >= e0) ringQ.ntt(i).forward(q[i]);
                } else {
                    ringP.ntt(i - level - 1).forward(p[i - level - 1]);
                }
            });
            dq[j] = RnsPoly.wrap(q);
            dp[j] = RnsPoly.wrap(p);
        }
        return new Decomposition(level, dq, dp);
    }

    /** Sum over digits of D_j * (b_j, a_j) in QP. */
    public Extended innerProduct(Decomposition d, SwitchingKey key) {
        RlweParameters k = key.params().rlwe();
        if (k != rlwe && (k.n() != rlwe.n() || k.qCount() != rlwe.qCount() || k.pCount() != rlwe.pCount())) {
            throw new ParameterMismatchException("switching key of another ring (" + k + ", expected " + rlwe + ")");
        }
        int limbs = d.level() + 1;
        RnsPoly q0 = ringQ.newPoly(limbs), q1 = ringQ.newPoly(limbs);
        RnsPoly p0 = ringP.newPoly(), p1 = ringP.newPoly();
        for (int j = 0; j < d.q().length; j++) {
            ringQ.mulCoeffsMontgomeryAddPair(d.q()[j], key.bQMontgomery(j), key.aQMontgomery(j), q0, q1);
            ringP.mulCoeffsMontgomeryAddPair(d.p()[j], key.bPMontgomery(j), key.aPMontgomery(j), p0, p1);
        }
        return new Extended(q0, p0, q1, p1);
    }

    /**
     * round(x / P) over the Q primes of xq, for x given by (xq, xp) in the NTT domain. {@code xp} is
     * consumed (transformed in place).
     */
    public RnsPoly modDown(RnsPoly xq, RnsPoly xp) {
        int level = xq.limbCount() - 1;
        LevelTables t = tables(level);
        int n = rlwe.n();
        RnsPoly pc = xp;
        ringP.intt(pc);
        long[][] in = new long[rlwe.pCount()][];
        for (int i = 0; i < in.length; i++) in[i] = pc.limb(i);
        long[][] conv = new long[level + 1][n];
        t.modDownExtender.convert(in, conv, in.length > 1 ? new long[in.length][n] : null, true, parallelism);
        RnsPoly out = ringQ.newPoly(level + 1);
        parallelism.forEach(level + 1, i -> {
            Modulus qi = ringQ.modulus(i);
            long q = qi.value();
            ringQ.ntt(i).forward(conv[i]);
            long w = t.pInverse[i], wp = t.pInverseShoup[i];
            long[] a = xq.limb(i), r = conv[i], z = out.limb(i);
            for (int c = 0; c < n; c++) {
                long diff = a[c] - r[c];
                z[c] = qi.mulShoup(diff < 0 ? diff + q : diff, w, wp);
            }
        });
        return out;
    }

    /** P mod q_i for the first limbs Q primes: lifts a Q-polynomial into QP as P*x (zero modulo P). */
    public long[] pModQ() {
        return tables(rlwe.maxLevel()).pModQ.clone();
    }

    private LevelTables tables(int level) {
        if (level < 0 || level > rlwe.maxLevel()) throw new IllegalArgumentException("level out of range: " + level);
        return tables.computeIfAbsent(level, l -> new LevelTables(rlwe, l));
    }

    /** Basis extenders and constants for one level. */
    private static final class LevelTables {
        final BasisExtender[] digitExtenders;
        final BasisExtender modDownExtender;
        final long[] pInverse;
        final long[] pInverseShoup;
        final long[] pModQ;

        LevelTables(RlweParameters rlwe, int level) {
            Ring rq = rlwe.ringQ(), rp = rlwe.ringP();
            int alpha = rlwe.pCount();
            int digits = rlwe.digits(level);
            Modulus[] pm = new Modulus[alpha];
            for (int i = 0; i < alpha; i++) pm[i] = rp.modulus(i);
            digitExtenders = new BasisExtender[digits];
            for (int j = 0; j < digits; j++) {
                int start = j * alpha, end = Math.min(start + alpha, level + 1);
                Modulus[] from = new Modulus[end - start];
                Modulus[] to = new Modulus[level + 1 - (end - start) + alpha];
                int o = 0;
                for (int i = 0; i <= level; i++) {
                    if (i >= start && i < end) from[i - start] = rq.modulus(i);
                    else to[o++] = rq.modulus(i);
                }
                System.arraycopy(pm, 0, to, o, alpha);
                digitExtenders[j] = new BasisExtender(from, to);
            }
            Modulus[] qm = new Modulus[level + 1];
            for (int i = 0; i <= level; i++) qm[i] = rq.modulus(i);
            modDownExtender = new BasisExtender(pm, qm);
            pInverse = new long[level + 1];
            pInverseShoup = new long[level + 1];
            pModQ = new long[level + 1];
            for (int i = 0; i <= level; i++) {
                Modulus qi = rq.modulus(i);
                long prod = 1;
                for (Modulus p : pm) prod = qi.mul(prod, qi.reduce(p.value()));
                pModQ[i] = prod;
                pInverse[i] = qi.inverse(prod);
                pInverseShoup[i] = qi.shoup(pInverse[i]);
            }
        }
    }
}
