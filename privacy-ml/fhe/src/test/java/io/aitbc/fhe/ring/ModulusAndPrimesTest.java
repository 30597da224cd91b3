package io.aitbc.fhe.ring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ModulusAndPrimesTest {

    private final SplittableRandom random = new SplittableRandom(11);

    @Test
    void multiplicationAndReductionMatchBigInteger() {
        for (int bits : new int[] {17, 30, 40, 50, 55, 60, 61}) {
            long q = Primes.nttPrime(bits, 1 << 10);
            Modulus m = new Modulus(q);
            BigInteger bq = BigInteger.valueOf(q);
            for (int t = 0; t < 2000; t++) {
                long a = random.nextLong(q), b = random.nextLong(q);
                long expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(bq).longValue();
                assertEquals(expected, m.mul(a, b));
                assertEquals(expected, m.mulShoup(b, a, m.shoup(a)));
                long hi = random.nextLong(q), lo = random.nextLong();
                BigInteger x = BigInteger.valueOf(hi).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
                assertEquals(x.mod(bq).longValue(), m.reduce128(hi, lo));
                long any = random.nextLong();
                assertEquals(BigInteger.valueOf(any).mod(bq).longValue(), m.reduce(any));
                assertEquals(new BigInteger(Long.toUnsignedString(any)).mod(bq).longValue(), m.reduceUnsigned(any));
                assertEquals(expected, m.mulMontgomery(a, m.toMontgomery(b)));
                long big = random.nextLong(4 * q);
                long lazy = m.mulShoupLazy(big, a, m.shoup(a));
                assertTrue(lazy >= 0 && lazy < 2 * q);
                assertEquals(BigInteger.valueOf(big).multiply(BigInteger.valueOf(a)).mod(bq).longValue(), lazy % q);
            }
            assertEquals(BigInteger.valueOf(Long.MIN_VALUE).mod(bq).longValue(), m.reduce(Long.MIN_VALUE));
            assertEquals(new BigInteger(Long.toUnsignedString(-1L)).mod(bq).longValue(), m.reduceUnsigned(-1L));
            long a = 1 + random.nextLong(q - 1);
            assertEquals(1, m.mul(a, m.inverse(a)));
            assertEquals(BigInteger.valueOf(a).modPow(BigInteger.valueOf(12345), bq).longValue(), m.pow(a, 12345));
        }
    }

    @Test
    void primalityMatchesBigInteger() {
        for (int t = 0; t < 3000; t++) {
            long x = random.nextLong(1L << 61) | 1;
            assertEquals(BigInteger.valueOf(x).isProbablePrime(60), Primes.isPrime(x), "x=" + x);
        }
        for (long x = 0; x < 2000; x++) assertEquals(BigInteger.valueOf(x).isProbablePrime(60), Primes.isPrime(x));
        // strong pseudoprimes to base 2 (and to 2,3,5,7 for the second) that a weaker test would accept
        assertEquals(false, Primes.isPrime(2047));
        assertEquals(false, Primes.isPrime(3215031751L));
        assertThrows(IllegalArgumentException.class, () -> Primes.isPrime(Long.MAX_VALUE));
    }

    @Test
    void nttPrimesAreDistinctNttFriendlyAndOfTheRequestedSize() {
        int n = 1 << 14;
        List<Long> ps = Primes.nttPrimes(60, n, 5, List.of());
        List<Long> more = Primes.nttPrimes(60, n, 2, ps);
        for (long p : ps) {
            assertTrue(BigInteger.valueOf(p).isProbablePrime(60));
            assertEquals(1, p % (2L * n));
            assertEquals(60, 64 - Long.numberOfLeadingZeros(p));
            assertTrue(!more.contains(p));
        }
        assertEquals(5, ps.stream().distinct().count());
        assertThrows(IllegalArgumentException.class, () -> Primes.nttPrimes(62, n, 1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Modulus(1L << 61 | 1));
    }

    @Test
    void primitiveRootHasOrderTwoN() {
        int n = 1 << 12;
        Modulus m = new Modulus(Primes.nttPrime(40, n));
        long psi = Primes.primitiveRoot2N(m, n);
        assertEquals(m.value() - 1, m.pow(psi, n));
        assertEquals(1, m.pow(psi, 2L * n));
    }
}
