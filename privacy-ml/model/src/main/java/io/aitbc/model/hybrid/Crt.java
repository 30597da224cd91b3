package io.aitbc.model.hybrid;

import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;
import java.math.BigInteger;

/**
 * Exact conversion between RNS polynomials (one residue per prime) and integer coefficients centered in
 * (-M/2, M/2], M the product of the primes. The proofs work on the integers; the FHE library on residues.
 */
final class Crt {

    private final long[] primes;
    private final BigInteger modulus;
    private final BigInteger half;
    /** (M / p_i) * ((M / p_i)^-1 mod p_i): x = sum r_i c_i mod M. */
    private final BigInteger[] basis;

    Crt(long[] primes) {
        this.primes = primes.clone();
        BigInteger m = BigInteger.ONE;
        for (long p : primes) m = m.multiply(BigInteger.valueOf(p));
        this.modulus = m;
        this.half = m.shiftRight(1);
        this.basis = new BigInteger[primes.length];
        for (int i = 0; i < primes.length; i++) {
            BigInteger p = BigInteger.valueOf(primes[i]);
            BigInteger cofactor = m.divide(p);
            basis[i] = cofactor.multiply(cofactor.modInverse(p));
        }
    }

    BigInteger modulus() { return modulus; }

    /** The centered integers of a coefficient-domain polynomial over (at least) these primes. */
    BigInteger[] centered(RnsPoly coefficients) {
        int n = coefficients.n();
        BigInteger[] out = new BigInteger[n];
        for (int j = 0; j < n; j++) {
            BigInteger x = BigInteger.ZERO;
            for (int i = 0; i < primes.length; i++) {
                x = x.add(basis[i].multiply(BigInteger.valueOf(coefficients.limb(i)[j])));
            }
            x = x.mod(modulus);
            out[j] = x.compareTo(half) > 0 ? x.subtract(modulus) : x;
        }
        return out;
    }

    /** The centered integers of an NTT-domain polynomial of {@code ring} (left unchanged). */
    BigInteger[] centeredFromNtt(RnsPoly ntt, Ring ring) {
        RnsPoly c = ntt.copyLimbs(primes.length);
        ring.intt(c);
        return centered(c);
    }

    /** The residues of integer coefficients, in the coefficient domain. */
    RnsPoly residues(BigInteger[] coefficients, Ring ring) {
        RnsPoly out = ring.newPoly(primes.length);
        for (int i = 0; i < primes.length; i++) {
            BigInteger p = BigInteger.valueOf(primes[i]);
            long[] limb = out.limb(i);
            for (int j = 0; j < coefficients.length; j++) {
                limb[j] = coefficients[j].mod(p).longValue();
            }
        }
        return out;
    }
}
