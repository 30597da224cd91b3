package io.aitbc.model.hybrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;
import io.aitbc.zk.bn254.Fr;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The integer and field arithmetic under the proofs, against schoolbook BigInteger references. */
class RingArithmeticTest {

    private static final Random R = new Random(5);

    /** Schoolbook product in Z[X]/(X^N+1). */
    static BigInteger[] negacyclic(BigInteger[] a, long[] s) {
        int n = a.length;
        BigInteger[] out = new BigInteger[n];
        java.util.Arrays.fill(out, BigInteger.ZERO);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                BigInteger t = a[i].multiply(BigInteger.valueOf(s[j]));
                int k = i + j;
                if (k < n) out[k] = out[k].add(t);
                else out[k - n] = out[k - n].subtract(t);
            }
        }
        return out;
    }

    static BigInteger[] bigPoly(int n, int bits) {
        BigInteger[] a = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            a[i] = new BigInteger(bits, R);
            if (R.nextBoolean()) a[i] = a[i].negate();
        }
        return a;
    }

    @Test
    void exactProductsEqualTheSchoolbookProduct() {
        for (int n : new int[] {16, 64}) {
            BigInteger[] a = bigPoly(n, 120);
            long[] s = new long[n];
            for (int i = 0; i < n; i++) s[i] = R.nextInt(256) - 128;
            s[0] = -128;
            a[n - 1] = BigInteger.ONE.shiftLeft(120).subtract(BigInteger.ONE).negate();
            assertArrayEquals(negacyclic(a, s), new ExactMultiplier(n, 121, 8).multiply(a, s));
        }
    }

    @Test
    void crtRoundTripsCenteredIntegers() {
        HybridParameters p = TestCircuits.PARAMS;
        Ring ring = p.bfv().rlwe().ringQ();
        Crt crt = new Crt(p.bfv().rlwe().q());
        BigInteger[] x = bigPoly(p.n(), p.q().bitLength() - 2);
        x[0] = p.q().shiftRight(1);                       // the largest centered value
        x[1] = p.q().shiftRight(1).negate().add(BigInteger.ONE);
        RnsPoly r = crt.residues(x, ring);
        assertArrayEquals(x, crt.centered(r));
        RnsPoly ntt = r.copy();
        ring.ntt(ntt);
        assertArrayEquals(x, crt.centeredFromNtt(ntt, ring));
    }

    @Test
    void shiftEvaluationsAreTheEvaluationsOfTheShiftedPolynomials() {
        int n = 32;
        BigInteger[] p = bigPoly(n, 100);
        Fr z = Fr.of(new BigInteger(250, R));
        Fr[] v = FieldVectors.shiftEvaluations(p, z);
        for (int l = 0; l < n; l++) {
            long[] monomial = new long[n];
            monomial[l] = 1;
            assertEquals(FieldVectors.evaluate(negacyclic(p, monomial), z), v[l], "l = " + l);
        }
        // (P * w)(z) = sum_l w_l V_l for a witness w
        long[] w = new long[n];
        for (int i = 0; i < n; i++) w[i] = R.nextInt(3) - 1;
        Fr sum = Fr.ZERO;
        for (int l = 0; l < n; l++) sum = sum.add(v[l].mul(Fr.of(w[l])));
        assertEquals(FieldVectors.evaluate(negacyclic(p, w), z), sum);
    }

    @Test
    void residueHelpers() {
        BigInteger q = BigInteger.valueOf(101);
        assertEquals(BigInteger.valueOf(50), Residues.centered(BigInteger.valueOf(50), q));
        assertEquals(BigInteger.valueOf(-50), Residues.centered(BigInteger.valueOf(51), q));
        assertEquals(BigInteger.valueOf(-1), Residues.centered(BigInteger.valueOf(-102), q));
        assertEquals(BigInteger.valueOf(-3), Residues.floorDiv(BigInteger.valueOf(-7), BigInteger.valueOf(3)));
        assertEquals(BigInteger.valueOf(2), Residues.floorDiv(BigInteger.valueOf(7), BigInteger.valueOf(3)));
        assertEquals(-2, Residues.quotient(BigInteger.valueOf(-150), BigInteger.valueOf(52), q));
    }
}
