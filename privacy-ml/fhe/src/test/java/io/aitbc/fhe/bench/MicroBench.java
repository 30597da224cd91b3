package io.aitbc.fhe.bench;

import io.aitbc.fhe.ring.*;
import java.util.Locale;

/** Component timings (NTT, products, sampling, basis extension) to see where time goes. Not a test. */
public final class MicroBench {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 8192;
        long[] primes = {Primes.nttPrime(60, n), Primes.nttPrimes(40, n, 2, java.util.List.of()).get(1), Primes.nttPrime(40, n)};
        Ring ring = new Ring(n, primes);
        RnsPoly a = ring.newPoly(), b = ring.newPoly(), c = ring.newPoly();
        Sampler.uniform(new AesCtrPrng(new byte[32], "x"), ring, a);
        Sampler.uniform(new AesCtrPrng(new byte[32], "y"), ring, b);
        NttTable t = ring.ntt(0);
        long[] x = a.limb(0).clone();
        p("ntt fwd 1 limb", Timer.medianMillis(200, 201, () -> { t.forward(x); return x; }));
        p("ntt inv 1 limb", Timer.medianMillis(200, 201, () -> { t.inverse(x); return x; }));
        p("mulCoeffs 3 limbs", Timer.medianMillis(200, 201, () -> { ring.mulCoeffs(a, b, c); return c; }));
        p("add 3 limbs", Timer.medianMillis(200, 201, () -> { ring.add(a, b, c); return c; }));
        p("uniform 3 limbs", Timer.medianMillis(50, 51, () -> { Sampler.uniform(new AesCtrPrng(new byte[32], "z"), ring, c); return c; }));
        AesCtrPrng prng = new AesCtrPrng(new byte[32], "g");
        DiscreteGaussian g = new DiscreteGaussian(3.2);
        p("gaussian N", Timer.medianMillis(50, 51, () -> Sampler.gaussian(prng, g, n)));
        p("ternary N", Timer.medianMillis(50, 51, () -> Sampler.ternary(prng, n)));
        Modulus[] from = {ring.modulus(0)};
        Modulus[] to = {ring.modulus(1), ring.modulus(2), new Modulus(Primes.nttPrimes(60, n, 2, java.util.List.of()).get(1))};
        BasisExtender ext = new BasisExtender(from, to);
        long[][] in = {a.limb(0)};
        long[][] out = new long[3][n];
        long[][] scratch = new long[1][n];
        p("convert 1->3", Timer.medianMillis(100, 101, () -> { ext.convert(in, out, scratch, true, Parallelism.SEQUENTIAL); return out; }));
        System.exit(0);
    }
    static void p(String what, double ms) { System.out.printf(Locale.ROOT, "%-20s %8.4f ms%n", what, ms); }
}
