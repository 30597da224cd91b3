package io.aitbc.fhe.ring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NttTest {

    private final SplittableRandom random = new SplittableRandom(5);

    private long[] randomPoly(int n, long q) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = random.nextLong(q);
        return a;
    }

    @ParameterizedTest
    @CsvSource({"16,30", "64,40", "256,61", "512,55"})
    void forwardEvaluatesAtOddPowersOfPsiInBitReversedOrder(int n, int bits) {
        Modulus m = new Modulus(Primes.nttPrime(bits, n));
        NttTable table = new NttTable(m, n);
        BigInteger q = BigInteger.valueOf(m.value());
        BigInteger psi = BigInteger.valueOf(table.psi());
        long[] a = randomPoly(n, m.value());
        long[] fa = a.clone();
        table.forward(fa);
        int logN = Integer.numberOfTrailingZeros(n);
        for (int j = 0; j < n; j++) {
            BigInteger point = psi.modPow(BigInteger.valueOf(2L * NttTable.bitReverse(j, logN) + 1), q);
            BigInteger acc = BigInteger.ZERO;
            for (int i = n - 1; i >= 0; i--) acc = acc.multiply(point).add(BigInteger.valueOf(a[i])).mod(q);
            assertEquals(acc.longValue(), fa[j], "index " + j);
        }
        table.inverse(fa);
        assertArrayEquals(a, fa);
    }

    @ParameterizedTest
    @CsvSource({"64,61", "1024,50", "4096,40"})
    void nttProductIsTheNegacyclicConvolution(int n, int bits) {
        Modulus m = new Modulus(Primes.nttPrime(bits, n));
        NttTable table = new NttTable(m, n);
        long[] a = randomPoly(n, m.value());
        long[] b = randomPoly(n, m.value());
        long[] expected = new long[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                long p = m.mul(a[i], b[j]);
                int k = i + j;
                if (k < n) expected[k] = m.add(expected[k], p);
                else expected[k - n] = m.sub(expected[k - n], p);
            }
        }
        long[] fa = a.clone(), fb = b.clone();
        table.forward(fa);
        table.forward(fb);
        for (int i = 0; i < n; i++) fa[i] = m.mul(fa[i], fb[i]);
        table.inverse(fa);
        assertArrayEquals(expected, fa);
    }
}
