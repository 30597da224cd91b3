package io.aitbc.fhe.rlwe;

import io.aitbc.fhe.ring.DiscreteGaussian;
import io.aitbc.fhe.ring.Primes;
import io.aitbc.fhe.ring.Rescaler;
import io.aitbc.fhe.ring.Ring;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The RLWE part of a parameter set: ring degree N, ciphertext primes Q = q_0..q_L, special primes
 * P = p_0..p_{k-1} for hybrid key switching, a uniform ternary secret and Gaussian error.
 *
 * <p>Construction checks log2(QP) against the 128-bit table ({@link SecurityTable}); an insecure set is
 * only built by {@link #insecureForTesting}, and says so in its name. Key switching decomposes a
 * ciphertext into digits of k consecutive Q primes, so P should be at least as large as each digit.
 */
public final class RlweParameters {

    private final int n;
    private final long[] q;
    private final long[] p;
    private final double sigma;
    private final boolean testOnly;
    private final int logQP;

    private volatile Derived derived;

    private RlweParameters(int n, long[] q, long[] p, double sigma, boolean testOnly) {
        if (n < 16 || Integer.bitCount(n) != 1 || n > (1 << 17)) {
            throw new IllegalArgumentException("N must be a power of two between 16 and 2^17: " + n);
        }
        if (q.length == 0) throw new IllegalArgumentException("at least one ciphertext prime is needed");
        if (p.length == 0) throw new IllegalArgumentException("at least one special prime is needed for key switching");
        this.n = n;
        this.q = q.clone();
        this.p = p.clone();
        this.sigma = sigma;
        this.testOnly = testOnly;
        long[] all = allPrimes();
        int bits = 0;
        for (int i = 0; i < all.length; i++) {
            long x = all[i];
            if (!Primes.isPrime(x) || (x - 1) % (2L * n) != 0) {
                throw new IllegalArgumentException(x + " is not a prime congruent to 1 mod 2N (N=" + n + ")");
            }
            for (int j = 0; j < i; j++) {
                if (all[j] == x) throw new IllegalArgumentException("prime " + x + " is used twice");
            }
            bits += 64 - Long.numberOfLeadingZeros(x);
        }
        this.logQP = bits;
        new DiscreteGaussian(sigma); // validates sigma
        if (!testOnly) {
            int max = SecurityTable.maxLogQP(n);
            if (max < 0) {
                throw new IllegalArgumentException("no 128-bit security bound is known for N=" + n
                        + " (supported: 4096..65536); build the set with insecureForTesting to use it in tests");
            }
            if (bits > max) {
                throw new IllegalArgumentException("insecure parameters: log2(QP) = " + bits + " bits exceeds " + max
                        + " for N=" + n + " (128-bit security, ternary secret, homomorphicencryption.org table);"
                        + " use fewer or smaller primes, a larger N, or insecureForTesting for tests");
            }
        }
        if (sigma != DiscreteGaussian.DEFAULT_SIGMA && !testOnly) {
            throw new IllegalArgumentException("the security table assumes sigma = 3.2, got " + sigma);
        }
    }

    /** A 128-bit secure parameter set (throws with the reason otherwise). */
    public static RlweParameters of(int n, long[] q, long[] p) {
        return new RlweParameters(n, q, p, DiscreteGaussian.DEFAULT_SIGMA, false);
    }

    /** A set that skips the security check: for fast tests only, never for real data. */
    public static RlweParameters insecureForTesting(int n, long[] q, long[] p) {
        return new RlweParameters(n, q, p, DiscreteGaussian.DEFAULT_SIGMA, true);
    }

    /** Picks distinct NTT-friendly primes of the given bit sizes (largest first within each size). */
    public static RlweParameters fromBitSizes(int n, int[] qBits, int[] pBits, boolean testOnly) {
        List<Long> used = new ArrayList<>();
        long[] q = pick(n, qBits, used);
        long[] p = pick(n, pBits, used);
        return new RlweParameters(n, q, p, DiscreteGaussian.DEFAULT_SIGMA, testOnly);
    }

    private static long[] pick(int n, int[] bits, List<Long> used) {
        long[] out = new long[bits.length];
        for (int i = 0; i < bits.length; i++) {
            out[i] = Primes.nttPrimes(bits[i], n, 1, used).get(0);
            used.add(out[i]);
        }
        return out;
    }

    public int n() { return n; }

    public int logN() { return Integer.numberOfTrailingZeros(n); }

    /** Number of CKKS slots / half the BFV slots: N/2. */
    public int slots() { return n / 2; }

    public long[] q() { return q.clone(); }

    public long[] p() { return p.clone(); }

    public int qCount() { return q.length; }

    public int pCount() { return p.length; }

    /** Highest level: a fresh ciphertext has maxLevel()+1 Q primes. */
    public int maxLevel() { return q.length - 1; }

    public double sigma() { return sigma; }

    public boolean isTestOnly() { return testOnly; }

    /** Sum of the bit sizes of all Q and P primes (what the security table bounds). */
    public int logQP() { return logQP; }

    /** Key-switching digits at level l: groups of pCount() consecutive Q primes. */
    public int digits(int level) { return (level + p.length) / p.length; }

    private long[] allPrimes() {
        long[] all = Arrays.copyOf(q, q.length + p.length);
        System.arraycopy(p, 0, all, q.length, p.length);
        return all;
    }

    public Ring ringQ() { return derived().ringQ; }

    public Ring ringP() { return derived().ringP; }

    public Rescaler rescalerQ() { return derived().rescaler; }

    public DiscreteGaussian gaussian() { return derived().gaussian; }

    private Derived derived() {
        Derived d = derived;
        if (d == null) {
            synchronized (this) {
                d = derived;
                if (d == null) derived = d = new Derived(this);
            }
        }
        return d;
    }

    /** Writes the canonical description (part of every scheme's parameter encoding). */
    public void writeCanonical(DataOutputStream out) throws IOException {
        out.writeInt(n);
        out.writeShort(q.length);
        for (long x : q) out.writeLong(x);
        out.writeShort(p.length);
        for (long x : p) out.writeLong(x);
        out.writeDouble(sigma);
        out.writeBoolean(testOnly);
    }

    @Override
    public String toString() {
        return "N=" + n + " logQP=" + logQP + " L=" + maxLevel() + (testOnly ? " INSECURE-TEST-ONLY" : "");
    }

    /** Tables derived from the primes, built on first use and shared by every object of this set. */
    private static final class Derived {
        final Ring ringQ;
        final Ring ringP;
        final Rescaler rescaler;
        final DiscreteGaussian gaussian;

        Derived(RlweParameters params) {
            ringQ = new Ring(params.n, params.q);
            ringP = new Ring(params.n, params.p);
            rescaler = new Rescaler(ringQ);
            gaussian = new DiscreteGaussian(params.sigma);
        }
    }
}
