package io.aitbc.fhe.ring;

import static java.lang.Math.unsignedMultiplyHigh;

/**
 * Arithmetic modulo one odd prime q below 2^61, without BigInteger.
 *
 * <p>Why 61 bits: lazy NTT butterflies keep values in [0, 4q), which must stay below 2^63 so that
 * plain signed comparisons work. Products use 128-bit Barrett reduction (constant {@code floor(2^128/q)})
 * or Shoup multiplication by a precomputed constant ({@code floor(w * 2^64 / q)}).
 */
public final class Modulus {

    public static final int MAX_BITS = 61;

    private final long q;
    private final int bits;
    /** floor(2^128 / q) as two 64-bit words. */
    private final long barrettHi;
    private final long barrettLo;
    /** q^-1 mod 2^64 (Montgomery reduction). */
    private final long qInverse;
    /** 2^64 mod q and its Shoup constant (conversion into Montgomery form). */
    private final long rModQ;
    private final long rModQShoup;

    public Modulus(long q) {
        if (q < 3 || (q & 1) == 0 || 64 - Long.numberOfLeadingZeros(q) > MAX_BITS) {
            throw new IllegalArgumentException("modulus must be odd, >= 3 and below 2^" + MAX_BITS + ": " + q);
        }
        this.q = q;
        this.bits = 64 - Long.numberOfLeadingZeros(q);
        // floor(2^128 / q): long division of (1,0,0) by q, word by word.
        long hi = Long.divideUnsigned(-1L, q); // floor((2^64-1)/q) == floor(2^64/q) since q is odd and > 1
        long rem = -1L - hi * q + 1;           // 2^64 - hi*q, in [0, q]
        if (Long.compareUnsigned(rem, q) >= 0) { hi++; rem -= q; }
        this.barrettHi = hi;
        this.barrettLo = divide128By64(rem, 0L, q);
        long inv = q; // Newton iteration: each step doubles the number of correct low bits (q*q = 1 mod 8)
        for (int i = 0; i < 5; i++) inv *= 2 - q * inv;
        this.qInverse = inv;
        this.rModQ = rem == q ? 0 : rem;
        this.rModQShoup = shoup(rModQ);
    }

    public long value() { return q; }

    public int bits() { return bits; }

    /** x mod q for any signed 64-bit x. */
    public long reduce(long x) {
        if (x >= 0) return reduceUnsigned(x);
        long r = reduceUnsigned(-x); // -x fits unless x = Long.MIN_VALUE, where reduceUnsigned is still exact (2^63 unsigned)
        return r == 0 ? 0 : q - r;
    }

    /** x mod q for x read as an unsigned 64-bit integer (Barrett with floor(2^64/q)). */
    public long reduceUnsigned(long x) {
        long r = x - unsignedMultiplyHigh(x, barrettHi) * q; // in [0, 2q), below 2^62
        return r >= q ? r - q : r;
    }

    /** x * 2^64 mod q: the Montgomery form of x in [0, q). */
    public long toMontgomery(long x) {
        return mulShoup(x, rModQ, rModQShoup);
    }

    /** a * b * 2^-64 mod q in [0, q) for a, b in [0, q): with b in Montgomery form, this is a * b. */
    public long mulMontgomery(long a, long b) {
        long lo = a * b;
        long r = unsignedMultiplyHigh(a, b) - unsignedMultiplyHigh(lo * qInverse, q);
        return r < 0 ? r + q : r;
    }

    public long add(long a, long b) {
        long s = a + b;
        return s >= q ? s - q : s;
    }

    public long sub(long a, long b) {
        long d = a - b;
        return d < 0 ? d + q : d;
    }

    public long neg(long a) {
        return a == 0 ? 0 : q - a;
    }

    /** a*b mod q for a, b in [0, q). */
    public long mul(long a, long b) {
        return reduce128(unsignedMultiplyHigh(a, b), a * b);
    }

    /** (hi*2^64 + lo) mod q, for an unsigned 128-bit value below q * 2^64. */
    public long reduce128(long hi, long lo) {
        long lhi = unsignedMultiplyHigh(lo, barrettLo);
        long lo1 = lo * barrettHi;
        long hi1 = unsignedMultiplyHigh(lo, barrettHi);
        long lo2 = hi * barrettLo;
        long hi2 = unsignedMultiplyHigh(hi, barrettLo);
        long s = lo1 + lhi;
        long carry = Long.compareUnsigned(s, lo1) < 0 ? 1 : 0;
        long s2 = s + lo2;
        carry += Long.compareUnsigned(s2, s) < 0 ? 1 : 0;
        long quotient = hi * barrettHi + hi1 + hi2 + carry;
        long r = lo - quotient * q;
        while (Long.compareUnsigned(r, q) >= 0) {
            r -= q;
        }
        return r;
    }

    /** Shoup constant floor(w * 2^64 / q) for a fixed multiplier w in [0, q). */
    public long shoup(long w) {
        return divide128By64(w, 0L, q);
    }

    /** a*w mod q in [0, 2q) for a below 2^63 and wShoup = shoup(w). */
    public long mulShoupLazy(long a, long w, long wShoup) {
        return a * w - unsignedMultiplyHigh(a, wShoup) * q;
    }

    /** a*w mod q in [0, q). */
    public long mulShoup(long a, long w, long wShoup) {
        long r = a * w - unsignedMultiplyHigh(a, wShoup) * q;
        return r >= q ? r - q : r;
    }

    public long pow(long base, long exponent) {
        if (exponent < 0) {
            return pow(inverse(base), -exponent);
        }
        long result = 1 % q;
        long b = reduce(base);
        long e = exponent;
        while (e != 0) {
            if ((e & 1) != 0) result = mul(result, b);
            b = mul(b, b);
            e >>>= 1;
        }
        return result;
    }

    /** Multiplicative inverse by Fermat (q is prime). */
    public long inverse(long a) {
        long r = reduce(a);
        if (r == 0) throw new ArithmeticException("0 has no inverse modulo " + q);
        return pow(r, q - 2);
    }

    /** Centered representative in (-q/2, q/2]. */
    public long center(long a) {
        return a > (q >>> 1) ? a - q : a;
    }

    /** floor((hi*2^64 + lo) / d) for hi < d (so that the quotient fits in 64 bits); bitwise, not hot. */
    static long divide128By64(long hi, long lo, long d) {
        if (Long.compareUnsigned(hi, d) >= 0) throw new ArithmeticException("quotient overflow");
        long quotient = 0;
        long rem = hi;
        for (int i = 63; i >= 0; i--) {
            boolean top = rem < 0; // rem >= 2^63 before the shift
            rem = (rem << 1) | ((lo >>> i) & 1);
            quotient <<= 1;
            if (top || Long.compareUnsigned(rem, d) >= 0) {
                rem -= d;
                quotient |= 1;
            }
        }
        return quotient;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Modulus m && m.q == q;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(q);
    }

    @Override
    public String toString() {
        return "Modulus[" + q + ", " + bits + " bits]";
    }
}
