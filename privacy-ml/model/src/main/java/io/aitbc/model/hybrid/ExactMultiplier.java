package io.aitbc.model.hybrid;

import io.aitbc.fhe.ring.Primes;
import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact products in Z[X]/(X^N+1) of a polynomial with large coefficients (|a_i| < 2^aBits) by one with small
 * ones (|s_i| < 2^sBits): computed modulo enough auxiliary 61-bit NTT primes that the centered result,
 * below N 2^(aBits + sBits), is the integer product. The witnesses' quotients k come from these.
 */
final class ExactMultiplier {

    private final Ring ring;
    private final Crt crt;

    ExactMultiplier(int n, int aBits, int sBits) {
        int logN = Integer.numberOfTrailingZeros(n);
        int needed = aBits + sBits + logN + 2;
        int count = (needed + 59) / 60;
        List<Long> primes = Primes.nttPrimes(61, n, count, new ArrayList<>());
        long[] p = primes.stream().mapToLong(Long::longValue).toArray();
        this.ring = new Ring(n, p);
        this.crt = new Crt(p);
    }

    BigInteger[] multiply(BigInteger[] a, long[] s) {
        if (a.length != ring.n() || s.length != ring.n()) throw new IllegalArgumentException("polynomials must have N coefficients");
        RnsPoly x = crt.residues(a, ring);
        RnsPoly y = ring.newPoly();
        ring.setSmall(s, y);
        ring.ntt(x);
        ring.ntt(y);
        ring.mulCoeffs(x, y, x);
        ring.intt(x);
        return crt.centered(x);
    }
}
