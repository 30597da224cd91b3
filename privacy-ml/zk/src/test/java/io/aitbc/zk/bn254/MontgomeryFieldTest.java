package io.aitbc.zk.bn254;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fr and Fp arithmetic against BigInteger, including values next to the modulus and 2^64 limb edges. */
class MontgomeryFieldTest {

    private static BigInteger sample(Random rnd, BigInteger p, int k) {
        return switch (k % 5) {
            case 0 -> p.subtract(BigInteger.valueOf(rnd.nextInt(3) + 1));
            case 1 -> BigInteger.ONE.shiftLeft(64 * (rnd.nextInt(3) + 1)).subtract(BigInteger.ONE);
            case 2 -> BigInteger.valueOf(rnd.nextInt(3));
            default -> new BigInteger(300, rnd).mod(p);
        };
    }

    @Test
    void frMatchesBigInteger() {
        Random rnd = new Random(1);
        BigInteger p = Fr.MODULUS;
        for (int i = 0; i < 3000; i++) {
            BigInteger a = sample(rnd, p, i), b = sample(rnd, p, i / 5);
            Fr x = Fr.of(a), y = Fr.of(b);
            assertEquals(a.add(b).mod(p), x.add(y).toBigInteger());
            assertEquals(a.subtract(b).mod(p), x.sub(y).toBigInteger());
            assertEquals(a.multiply(b).mod(p), x.mul(y).toBigInteger());
            assertEquals(a.negate().mod(p), x.neg().toBigInteger());
            if (a.signum() != 0) {
                assertEquals(a.modInverse(p), x.inverse().toBigInteger());
            }
        }
    }

    @Test
    void fpMatchesBigInteger() {
        Random rnd = new Random(2);
        BigInteger p = Fp.MODULUS;
        for (int i = 0; i < 3000; i++) {
            BigInteger a = sample(rnd, p, i), b = sample(rnd, p, i / 5);
            Fp x = Fp.of(a), y = Fp.of(b);
            assertEquals(a.multiply(b).mod(p), x.mul(y).toBigInteger());
            assertEquals(a.add(b).mod(p), x.add(y).toBigInteger());
            assertEquals(a.subtract(b).mod(p), x.sub(y).toBigInteger());
            assertEquals(a.pow(5).mod(p), x.pow(BigInteger.valueOf(5)).toBigInteger());
        }
    }

    @Test
    void magnitudeOfSignedRepresentative() {
        BigInteger r = Fr.MODULUS, half = r.shiftRight(1);
        Random rnd = new Random(3);
        for (int i = 0; i < 2000; i++) {
            BigInteger v = switch (i) {
                case 0 -> BigInteger.ZERO;
                case 1 -> half;
                case 2 -> half.add(BigInteger.ONE);
                case 3 -> r.subtract(BigInteger.ONE);
                default -> new BigInteger(256, rnd).mod(r);
            };
            long[] l = Montgomery256.toLimbs(v);
            boolean negated = Fr.ARITH.toMagnitude(l, 0);
            assertEquals(v.compareTo(half) > 0, negated, v.toString());
            assertEquals(negated ? r.subtract(v) : v, Montgomery256.fromLimbs(l, 0));
        }
    }

    @Test
    void rejectsOutOfRangeAndZeroInverse() {
        assertThrows(IllegalArgumentException.class, () -> Fr.ofCanonical(Fr.MODULUS));
        assertThrows(IllegalArgumentException.class, () -> Fr.parseCanonical("12a"));
        assertThrows(ArithmeticException.class, () -> Fr.ZERO.inverse());
    }
}
