package io.aitbc.fhe.ring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** RNS operations against BigInteger reference computations (CRT composition). */
class RnsOperationsTest {

    private static final int N = 64;
    private final SplittableRandom random = new SplittableRandom(3);

    private static long[] primes(int n, int... bits) {
        List<Long> out = new ArrayList<>();
        for (int b : bits) out.add(Primes.nttPrimes(b, n, 1, out).get(0));
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static BigInteger product(long[] primes, int count) {
        BigInteger p = BigInteger.ONE;
        for (int i = 0; i < count; i++) p = p.multiply(BigInteger.valueOf(primes[i]));
        return p;
    }

    /** Residues of x (any sign) modulo each prime. */
    private static void setCoefficient(RnsPoly p, long[] primes, int c, BigInteger x) {
        for (int i = 0; i < p.limbCount(); i++) p.limb(i)[c] = x.mod(BigInteger.valueOf(primes[i])).longValue();
    }

    private BigInteger randomCentered(BigInteger modulus) {
        BigInteger x = new BigInteger(modulus.bitLength() + 8, new java.util.Random(random.nextLong())).mod(modulus);
        return x.compareTo(modulus.shiftRight(1)) > 0 ? x.subtract(modulus) : x;
    }

    @Test
    void basisExtensionReturnsTheCenteredValueOrALiftOfIt() {
        long[] from = primes(N, 50, 45, 61, 40);
        long[] to = primes(N, 60, 59, 58);
        Modulus[] fm = java.util.Arrays.stream(from).mapToObj(Modulus::new).toArray(Modulus[]::new);
        Modulus[] tm = java.util.Arrays.stream(to).mapToObj(Modulus::new).toArray(Modulus[]::new);
        BasisExtender ext = new BasisExtender(fm, tm);
        BigInteger a = product(from, from.length);
        RnsPoly in = new RnsPoly(N, from.length);
        BigInteger[] xs = new BigInteger[N];
        for (int c = 0; c < N; c++) {
            xs[c] = randomCentered(a.subtract(a.shiftRight(8))); // keep a margin from +-A/2
            setCoefficient(in, from, c, xs[c]);
        }
        long[][] out = new long[to.length][N];
        long[][] scratch = new long[from.length][N];
        long[][] inLimbs = {in.limb(0), in.limb(1), in.limb(2), in.limb(3)};
        ext.convert(inLimbs, out, scratch, true, Parallelism.SEQUENTIAL);
        for (int j = 0; j < to.length; j++) {
            for (int c = 0; c < N; c++) {
                assertEquals(xs[c].mod(BigInteger.valueOf(to[j])).longValue(), out[j][c]);
            }
        }
        ext.convert(inLimbs, out, scratch, false, Parallelism.threads(2));
        for (int c = 0; c < N; c++) {
            BigInteger base = xs[c].mod(a);
            boolean found = false;
            for (int u = 0; u < from.length && !found; u++) {
                BigInteger lift = base.add(a.multiply(BigInteger.valueOf(u)));
                found = true;
                for (int j = 0; j < to.length; j++) {
                    found &= lift.mod(BigInteger.valueOf(to[j])).longValue() == out[j][c];
                }
            }
            assertTrue(found, "approximate conversion is x + u*A with 0 <= u < k");
        }
    }

    @Test
    void singlePrimeCenteredExtensionMatchesBigInteger() {
        long[] from = primes(N, 60);
        long[] to = primes(N, 40, 61, 59);
        BasisExtender ext = new BasisExtender(new Modulus[] {new Modulus(from[0])},
                java.util.Arrays.stream(to).mapToObj(Modulus::new).toArray(Modulus[]::new));
        long[] x = new long[N];
        for (int c = 0; c < N; c++) x[c] = c < 4 ? new long[] {0, 1, from[0] / 2, from[0] / 2 + 1}[c] : random.nextLong(from[0]);
        long[][] out = new long[3][N];
        ext.convert(new long[][] {x}, out, null, true, Parallelism.SEQUENTIAL);
        BigInteger a = BigInteger.valueOf(from[0]);
        for (int c = 0; c < N; c++) {
            BigInteger v = BigInteger.valueOf(x[c]);
            if (v.compareTo(a.shiftRight(1)) > 0) v = v.subtract(a);
            for (int j = 0; j < 3; j++) assertEquals(v.mod(BigInteger.valueOf(to[j])).longValue(), out[j][c]);
        }
    }

    @Test
    void rescaleRoundsTheQuotientByTheLastPrimeInBothDomains() {
        long[] ps = primes(N, 55, 40, 45, 50);
        Ring ring = new Ring(N, ps);
        Rescaler rescaler = new Rescaler(ring);
        BigInteger q = product(ps, ps.length);
        BigInteger last = BigInteger.valueOf(ps[3]);
        RnsPoly a = ring.newPoly();
        BigInteger[] xs = new BigInteger[N];
        for (int c = 0; c < N; c++) {
            xs[c] = randomCentered(q);
            setCoefficient(a, ps, c, xs[c]);
        }
        RnsPoly coeffOut = new RnsPoly(N, 3);
        rescaler.divideRoundByLast(a, coeffOut, false);
        RnsPoly nttIn = a.copy();
        ring.ntt(nttIn);
        RnsPoly nttOut = new RnsPoly(N, 3);
        rescaler.divideRoundByLast(nttIn, nttOut, true);
        ring.intt(nttOut);
        for (int c = 0; c < N; c++) {
            BigInteger[] qr = xs[c].add(last.shiftRight(1)).divideAndRemainder(last);
            BigInteger rounded = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0]; // floor((x + ql/2)/ql)
            for (int i = 0; i < 3; i++) {
                long expected = rounded.mod(BigInteger.valueOf(ps[i])).longValue();
                assertEquals(expected, coeffOut.limb(i)[c]);
                assertEquals(expected, nttOut.limb(i)[c]);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> rescaler.divideRoundByLast(a.viewLimbs(1), new RnsPoly(N, 1), false));
    }

    @Test
    void crtReconstructionMatchesBigInteger() {
        long[] ps = primes(N, 60, 40, 40, 61);
        Ring ring = new Ring(N, ps);
        BigInteger q = product(ps, ps.length);
        CrtReconstructor crt = new CrtReconstructor(ring, ps.length);
        RnsPoly a = ring.newPoly();
        BigInteger[] xs = new BigInteger[N];
        for (int c = 0; c < N; c++) {
            // values of every magnitude, including near +-Q/2 and tiny ones
            BigInteger bound = c % 3 == 0 ? q : BigInteger.ONE.shiftLeft(20 + c * 2);
            xs[c] = randomCentered(bound.min(q));
            setCoefficient(a, ps, c, xs[c]);
        }
        double[] out = new double[N];
        crt.toDoubles(a, 0.5, out);
        for (int c = 0; c < N; c++) {
            double expected = xs[c].doubleValue() * 0.5;
            assertEquals(expected, out[c], Math.abs(expected) * 1e-15, "coefficient " + c);
        }
    }

    @Test
    void automorphismCommutesWithTheNtt() {
        long[] ps = primes(N, 40, 50);
        Ring ring = new Ring(N, ps);
        RnsPoly a = ring.newPoly();
        Sampler.uniform(new AesCtrPrng(new byte[32], "t"), ring, a);
        for (long g : new long[] {5, 25, 2L * N - 1, 3}) {
            RnsPoly coeff = ring.newPoly();
            ring.automorphismCoeff(a, g, coeff);
            ring.ntt(coeff);
            RnsPoly viaNtt = ring.newPoly();
            RnsPoly fa = a.copy();
            ring.ntt(fa);
            ring.automorphismNtt(fa, g, viaNtt);
            assertEquals(coeff, viaNtt, "g=" + g);
        }
        // X -> X^g in the coefficient domain, checked on the monomial X^1
        RnsPoly x = ring.newPoly();
        x.limb(0)[1] = 1;
        RnsPoly y = ring.newPoly();
        ring.automorphismCoeff(x, 2L * N - 1, y);           // X -> X^(2N-1) = -X^(N-1)
        assertEquals(ps[0] - 1, y.limb(0)[N - 1]);
        assertThrows(IllegalArgumentException.class, () -> ring.automorphismNtt(a, 4, ring.newPoly()));
    }

    @Test
    void ringProductMatchesSchoolbookAndParallelismGivesTheSameResult() {
        long[] ps = primes(N, 61, 45, 33);
        Ring ring = new Ring(N, ps);
        Ring parallel = ring.withParallelism(Parallelism.threads(2));
        RnsPoly a = ring.newPoly(), b = ring.newPoly();
        AesCtrPrng prng = new AesCtrPrng(new byte[32], "ring");
        Sampler.uniform(prng, ring, a);
        Sampler.uniform(prng, ring, b);
        RnsPoly fa = a.copy(), fb = b.copy(), prod = ring.newPoly(), prod2 = ring.newPoly();
        ring.ntt(fa);
        parallel.ntt(fb);
        ring.mulCoeffs(fa, fb, prod);
        parallel.mulCoeffs(fa, fb, prod2);
        assertEquals(prod, prod2);
        ring.intt(prod);
        for (int i = 0; i < ps.length; i++) {
            Modulus m = ring.modulus(i);
            long[] x = a.limb(i), y = b.limb(i);
            long[] expected = new long[N];
            for (int s = 0; s < N; s++) for (int t = 0; t < N; t++) {
                long p = m.mul(x[s], y[t]);
                if (s + t < N) expected[s + t] = m.add(expected[s + t], p);
                else expected[s + t - N] = m.sub(expected[s + t - N], p);
            }
            assertArrayEquals(expected, prod.limb(i));
        }
    }
}
