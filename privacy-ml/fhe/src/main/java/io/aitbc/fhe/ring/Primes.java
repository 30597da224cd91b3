package io.aitbc.fhe.ring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Primality and generation of NTT-friendly primes (q = 1 mod 2N) up to {@value Modulus#MAX_BITS} bits. */
public final class Primes {

    /** These bases make Miller-Rabin deterministic for every 64-bit integer. */
    private static final long[] WITNESSES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};

    private Primes() {}

    public static boolean isPrime(long n) {
        if (n < 2) return false;
        if (64 - Long.numberOfLeadingZeros(n) > Modulus.MAX_BITS) {
            throw new IllegalArgumentException("primality test supports up to " + Modulus.MAX_BITS + " bits");
        }
        for (long p : WITNESSES) {
            if (n % p == 0) return n == p;
        }
        if (n < 41 * 41) return true;
        Modulus m = new Modulus(n);
        long d = n - 1;
        int s = Long.numberOfTrailingZeros(d);
        d >>>= s;
        for (long a : WITNESSES) {
            long x = m.pow(a, d);
            if (x == 1 || x == n - 1) continue;
            boolean composite = true;
            for (int r = 1; r < s; r++) {
                x = m.mul(x, x);
                if (x == n - 1) { composite = false; break; }
            }
            if (composite) return false;
        }
        return true;
    }

    /**
     * {@code count} distinct primes q = 1 mod 2N of exactly {@code bits} bits, the largest first,
     * skipping those in {@code exclude}. Primes just below 2^bits keep the CKKS scale close to a power
     * of two after rescaling.
     */
    public static List<Long> nttPrimes(int bits, int n, int count, Collection<Long> exclude) {
        if (bits < 10 || bits > Modulus.MAX_BITS) {
            throw new IllegalArgumentException("prime size must be 10.." + Modulus.MAX_BITS + " bits, got " + bits);
        }
        if (Integer.bitCount(n) != 1) throw new IllegalArgumentException("N must be a power of two: " + n);
        long step = 2L * n;
        long center = 1L << bits;
        long low = 1L << (bits - 1);
        Set<Long> skip = new HashSet<>(exclude);
        List<Long> out = new ArrayList<>(count);
        long down = center - step + 1;    // largest value below 2^bits that is 1 mod 2N
        while (out.size() < count) {
            if (down <= low) {
                throw new IllegalArgumentException("not enough " + bits + "-bit NTT primes for N=" + n);
            }
            if (isPrime(down) && !skip.contains(down)) out.add(down);
            down -= step;
        }
        return out;
    }

    /** A single NTT-friendly prime of the given size, as for the BFV plaintext modulus. */
    public static long nttPrime(int bits, int n) {
        return nttPrimes(bits, n, 1, List.of()).get(0);
    }

    /** A primitive 2N-th root of unity mod q (requires q = 1 mod 2N); the smallest one, for determinism. */
    public static long primitiveRoot2N(Modulus m, int n) {
        long q = m.value();
        long twoN = 2L * n;
        if ((q - 1) % twoN != 0) throw new IllegalArgumentException(q + " is not 1 mod 2N for N=" + n);
        // x^((q-1)/2N) has order dividing 2N (a power of two); it is primitive iff its N-th power is -1.
        long psi = 0;
        for (long x = 2; psi == 0; x++) {
            long y = m.pow(x, (q - 1) / twoN);
            if (m.pow(y, n) == q - 1) psi = y;
        }
        // the smallest primitive 2N-th root: scan the odd powers of psi
        long best = psi;
        long psi2 = m.mul(psi, psi);
        long cur = psi;
        for (long k = 1; k < twoN; k += 2) {
            if (cur < best) best = cur;
            cur = m.mul(cur, psi2);
        }
        return best;
    }
}
