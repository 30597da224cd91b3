package io.aitbc.fhe.ring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * The ring Z_Q[X]/(X^N+1) for Q = q_0 * ... * q_{k-1}, with its NTT tables. Every operation works on
 * the first {@code out.limbCount()} limbs (a ciphertext at level l uses l+1 limbs); inputs must have at
 * least that many. Instances are immutable and thread-safe; {@link #withParallelism} gives a view that
 * spreads the limbs over threads.
 */
public final class Ring {

    private final int n;
    private final int logN;
    private final Modulus[] moduli;
    private final NttTable[] tables;
    private final Parallelism parallelism;
    private final Map<Long, int[]> nttPermutations;

    public Ring(int n, long[] primes) {
        if (n < 16 || Integer.bitCount(n) != 1) throw new IllegalArgumentException("N must be a power of two >= 16: " + n);
        if (primes.length == 0) throw new IllegalArgumentException("a ring needs at least one prime");
        this.n = n;
        this.logN = Integer.numberOfTrailingZeros(n);
        this.moduli = new Modulus[primes.length];
        this.tables = new NttTable[primes.length];
        for (int i = 0; i < primes.length; i++) {
            if (!Primes.isPrime(primes[i])) throw new IllegalArgumentException(primes[i] + " is not prime");
            for (int j = 0; j < i; j++) {
                if (primes[j] == primes[i]) throw new IllegalArgumentException("prime " + primes[i] + " appears twice");
            }
            moduli[i] = new Modulus(primes[i]);
            tables[i] = new NttTable(moduli[i], n);
        }
        this.parallelism = Parallelism.SEQUENTIAL;
        this.nttPermutations = new ConcurrentHashMap<>();
    }

    private Ring(Ring base, Parallelism parallelism) {
        this.n = base.n;
        this.logN = base.logN;
        this.moduli = base.moduli;
        this.tables = base.tables;
        this.nttPermutations = base.nttPermutations;
        this.parallelism = parallelism;
    }

    public Ring withParallelism(Parallelism p) {
        return p == parallelism ? this : new Ring(this, p);
    }

    public Parallelism parallelism() { return parallelism; }

    public int n() { return n; }

    public int logN() { return logN; }

    public int size() { return moduli.length; }

    public Modulus modulus(int i) { return moduli[i]; }

    public NttTable ntt(int i) { return tables[i]; }

    public long[] primes() {
        long[] p = new long[moduli.length];
        for (int i = 0; i < p.length; i++) p[i] = moduli[i].value();
        return p;
    }

    public RnsPoly newPoly() { return new RnsPoly(n, moduli.length); }

    public RnsPoly newPoly(int limbs) {
        if (limbs > moduli.length) throw new IllegalArgumentException("ring has only " + moduli.length + " primes");
        return new RnsPoly(n, limbs);
    }

    /** Runs {@code op(limb)} over [0, count) with this ring's parallelism. */
    public void forEachLimb(int count, IntConsumer op) {
        parallelism.forEach(count, op);
    }

    private int limbs(RnsPoly out, RnsPoly... in) {
        int count = out.limbCount();
        if (count > moduli.length || out.n() != n) throw new IllegalArgumentException("polynomial does not fit this ring");
        for (RnsPoly p : in) {
            if (p.limbCount() < count || p.n() != n) {
                throw new IllegalArgumentException("operand has " + p.limbCount() + " limbs, " + count + " needed");
            }
        }
        return count;
    }

    public void add(RnsPoly a, RnsPoly b, RnsPoly out) {
        forEachLimb(limbs(out, a, b), i -> {
            long q = moduli[i].value();
            long[] x = a.limb(i), y = b.limb(i), z = out.limb(i);
            for (int j = 0; j < n; j++) {
                long d = x[j] + y[j] - q;
                z[j] = d + ((d >> 63) & q); // branch-free, so that the JIT vectorizes the loop
            }
        });
    }

    public void sub(RnsPoly a, RnsPoly b, RnsPoly out) {
        forEachLimb(limbs(out, a, b), i -> {
            long q = moduli[i].value();
            long[] x = a.limb(i), y = b.limb(i), z = out.limb(i);
            for (int j = 0; j < n; j++) {
                long d = x[j] - y[j];
                z[j] = d + ((d >> 63) & q);
            }
        });
    }

    public void neg(RnsPoly a, RnsPoly out) {
        forEachLimb(limbs(out, a), i -> {
            long q = moduli[i].value();
            long[] x = a.limb(i), z = out.limb(i);
            for (int j = 0; j < n; j++) {
                long d = -x[j];
                z[j] = d + ((d >> 63) & q);
            }
        });
    }

    /** out = a * b coefficient-wise (the ring product when both are in the NTT domain). */
    public void mulCoeffs(RnsPoly a, RnsPoly b, RnsPoly out) {
        forEachLimb(limbs(out, a, b), i -> {
            Modulus m = moduli[i];
            long[] x = a.limb(i), y = b.limb(i), z = out.limb(i);
            for (int j = 0; j < n; j++) {
                z[j] = m.reduce128(Math.unsignedMultiplyHigh(x[j], y[j]), x[j] * y[j]);
            }
        });
    }

    /** out += a * b coefficient-wise. */
    public void mulCoeffsAdd(RnsPoly a, RnsPoly b, RnsPoly out) {
        forEachLimb(limbs(out, a, b), i -> {
            Modulus m = moduli[i];
            long q = m.value();
            long[] x = a.limb(i), y = b.limb(i), z = out.limb(i);
            for (int j = 0; j < n; j++) {
                long d = z[j] + m.reduce128(Math.unsignedMultiplyHigh(x[j], y[j]), x[j] * y[j]) - q;
                z[j] = d + ((d >> 63) & q);
            }
        });
    }

    /** out += a * b coefficient-wise, where b is in Montgomery form (see {@link Modulus#toMontgomery}). */
    public void mulCoeffsMontgomeryAdd(RnsPoly a, RnsPoly bMontgomery, RnsPoly out) {
        forEachLimb(limbs(out, a, bMontgomery), i -> {
            Modulus m = moduli[i];
            long q = m.value();
            long[] x = a.limb(i), y = bMontgomery.limb(i), z = out.limb(i);
            for (int j = 0; j < n; j++) {
                long d = z[j] + m.mulMontgomery(x[j], y[j]) - q;
                z[j] = d + ((d >> 63) & q);
            }
        });
    }

    /**
     * out0 += a * b0 and out1 += a * b1 (b0, b1 in Montgomery form) in one pass over a: the two halves of
     * a key-switching inner product.
     */
    public void mulCoeffsMontgomeryAddPair(RnsPoly a, RnsPoly b0, RnsPoly b1, RnsPoly out0, RnsPoly out1) {
        int count = limbs(out0, a, b0, b1);
        limbs(out1, a);
        forEachLimb(count, i -> {
            Modulus m = moduli[i];
            long q = m.value();
            long[] x = a.limb(i), y0 = b0.limb(i), y1 = b1.limb(i), z0 = out0.limb(i), z1 = out1.limb(i);
            for (int j = 0; j < n; j++) {
                long v = x[j];
                long d0 = z0[j] + m.mulMontgomery(v, y0[j]) - q;
                long d1 = z1[j] + m.mulMontgomery(v, y1[j]) - q;
                z0[j] = d0 + ((d0 >> 63) & q);
                z1[j] = d1 + ((d1 >> 63) & q);
            }
        });
    }

    /** out += a * b where b is in Montgomery form, or out = a * b when {@code accumulate} is false. */
    public void mulCoeffsMontgomery(RnsPoly a, RnsPoly bMontgomery, RnsPoly out, boolean accumulate) {
        if (accumulate) {
            mulCoeffsMontgomeryAdd(a, bMontgomery, out);
            return;
        }
        forEachLimb(limbs(out, a, bMontgomery), i -> {
            Modulus m = moduli[i];
            long[] x = a.limb(i), y = bMontgomery.limb(i), z = out.limb(i);
            for (int j = 0; j < n; j++) z[j] = m.mulMontgomery(x[j], y[j]);
        });
    }

    /** out = a in Montgomery form (x * 2^64 mod q), over out's limbs. */
    public void toMontgomery(RnsPoly a, RnsPoly out) {
        forEachLimb(limbs(out, a), i -> {
            Modulus m = moduli[i];
            long[] x = a.limb(i), z = out.limb(i);
            for (int j = 0; j < n; j++) z[j] = m.toMontgomery(x[j]);
        });
    }

    /** The Montgomery form (x * 2^64 mod q) of every coefficient, in place. */
    public void toMontgomery(RnsPoly a) {
        forEachLimb(a.limbCount(), i -> {
            Modulus m = moduli[i];
            long[] x = a.limb(i);
            for (int j = 0; j < n; j++) x[j] = m.toMontgomery(x[j]);
        });
    }

    /** Back from the Montgomery form, in place. */
    public void fromMontgomery(RnsPoly a) {
        forEachLimb(a.limbCount(), i -> {
            Modulus m = moduli[i];
            long[] x = a.limb(i);
            for (int j = 0; j < n; j++) x[j] = m.mulMontgomery(x[j], 1);
        });
    }

    /** out = a * c for a signed integer constant c. */
    public void mulScalar(RnsPoly a, long c, RnsPoly out) {
        forEachLimb(limbs(out, a), i -> {
            Modulus m = moduli[i];
            long w = m.reduce(c);
            mulLimbShoup(a.limb(i), w, m.shoup(w), m, out.limb(i));
        });
    }

    /** out = a * c_i on limb i, where c_i is already reduced modulo the i-th prime (e.g. a CRT constant). */
    public void mulScalarPerLimb(RnsPoly a, long[] c, RnsPoly out) {
        forEachLimb(limbs(out, a), i -> {
            Modulus m = moduli[i];
            mulLimbShoup(a.limb(i), c[i], m.shoup(c[i]), m, out.limb(i));
        });
    }

    private void mulLimbShoup(long[] x, long w, long wShoup, Modulus m, long[] z) {
        for (int j = 0; j < n; j++) z[j] = m.mulShoup(x[j], w, wShoup);
    }

    /** out = a + c_i on every coefficient of limb i (a constant polynomial in the NTT domain). */
    public void addScalarPerLimb(RnsPoly a, long[] c, RnsPoly out) {
        forEachLimb(limbs(out, a), i -> {
            long q = moduli[i].value();
            long[] x = a.limb(i), z = out.limb(i);
            final long ci = c[i];
            for (int j = 0; j < n; j++) {
                long d = x[j] + ci - q;
                z[j] = d + ((d >> 63) & q);
            }
        });
    }

    public void ntt(RnsPoly a) {
        forEachLimb(a.limbCount(), i -> tables[i].forward(a.limb(i)));
    }

    public void intt(RnsPoly a) {
        forEachLimb(a.limbCount(), i -> tables[i].inverse(a.limb(i)));
    }

    /** Sets every limb of {@code out} to the signed small coefficients {@code c} (|c| below every prime). */
    public void setSmall(long[] c, RnsPoly out) {
        forEachLimb(limbs(out), i -> {
            long q = moduli[i].value();
            long[] z = out.limb(i);
            for (int j = 0; j < n; j++) z[j] = c[j] + (q & (c[j] >> 63));
        });
    }

    /**
     * The Galois automorphism X -> X^g (g odd) applied to a polynomial in the NTT domain: a permutation
     * of the evaluation points. {@code out} must not alias {@code a}.
     */
    public void automorphismNtt(RnsPoly a, long galoisElement, RnsPoly out) {
        int[] perm = nttPermutation(galoisElement);
        forEachLimb(limbs(out, a), i -> {
            long[] x = a.limb(i), z = out.limb(i);
            for (int j = 0; j < n; j++) z[j] = x[perm[j]];
        });
    }

    /** The automorphism X -> X^g in the coefficient domain (a signed permutation). {@code out} must not alias {@code a}. */
    public void automorphismCoeff(RnsPoly a, long galoisElement, RnsPoly out) {
        checkGaloisElement(galoisElement);
        final long mask = 2L * n - 1;
        forEachLimb(limbs(out, a), i -> {
            long q = moduli[i].value();
            long[] x = a.limb(i), z = out.limb(i);
            for (int j = 0; j < n; j++) {
                long k = (j * galoisElement) & mask;
                if (k < n) {
                    z[(int) k] = x[j];
                } else {
                    z[(int) (k - n)] = x[j] == 0 ? 0 : q - x[j];
                }
            }
        });
    }

    /**
     * Index permutation of the automorphism in the NTT domain: position j holds the value at
     * psi^(2*brv(j)+1), and X -> X^g maps it to the value at psi^(g*(2*brv(j)+1)).
     */
    public int[] nttPermutation(long galoisElement) {
        checkGaloisElement(galoisElement);
        return nttPermutations.computeIfAbsent(galoisElement, g -> {
            int[] perm = new int[n];
            long mask = 2L * n - 1;
            for (int j = 0; j < n; j++) {
                long exponent = 2L * NttTable.bitReverse(j, logN) + 1;
                long image = (exponent * g) & mask;
                perm[j] = NttTable.bitReverse((int) ((image - 1) >>> 1), logN);
            }
            return perm;
        });
    }

    private void checkGaloisElement(long g) {
        if ((g & 1) == 0 || g <= 0 || g >= 2L * n) {
            throw new IllegalArgumentException("Galois element must be odd and in (0, 2N): " + g);
        }
    }
}
