package io.aitbc.model.hybrid;

import java.math.BigInteger;
import java.security.SecureRandom;

/** Small integer helpers shared by the provers. */
final class Residues {

    private Residues() {
    }

    /** x mod q in (-q/2, q/2]. */
    static BigInteger centered(BigInteger x, BigInteger q) {
        BigInteger r = x.mod(q);
        return r.compareTo(q.shiftRight(1)) > 0 ? r.subtract(q) : r;
    }

    /** The exact quotient (x - r) / q, failing loudly if the division is not exact. */
    static long quotient(BigInteger x, BigInteger r, BigInteger q) {
        BigInteger[] qr = x.subtract(r).divideAndRemainder(q);
        if (qr[1].signum() != 0) throw new IllegalStateException("identity does not hold modulo Q");
        return qr[0].longValueExact();
    }

    /** floor(a / b) for b > 0. */
    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** A uniformly random 248-bit salt for a hiding commitment. */
    static BigInteger salt(SecureRandom random) {
        return new BigInteger(248, random);
    }
}
