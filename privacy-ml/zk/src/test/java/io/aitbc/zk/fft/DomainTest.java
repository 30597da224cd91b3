package io.aitbc.zk.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aitbc.zk.bn254.Fr;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** FFTs against direct polynomial evaluation (Horner in Fr) at omega^i and at g omega^i. */
class DomainTest {

    private static Fr evaluate(Fr[] coeffs, Fr x) {
        Fr acc = Fr.ZERO;
        for (int i = coeffs.length - 1; i >= 0; i--) {
            acc = acc.mul(x).add(coeffs[i]);
        }
        return acc;
    }

    private static Fr at(long[] a, int i) {
        return Fr.fromMontgomery(a, 4 * i);
    }

    @Test
    void fftIfftAndCosetMatchDirectEvaluation() {
        Random rnd = new Random(17);
        for (int log : new int[] {0, 1, 3, 7, 13}) {
            Domain d = new Domain(log);
            int n = d.size();
            Fr[] coeffs = new Fr[n];
            long[] a = new long[4 * n];
            for (int i = 0; i < n; i++) {
                coeffs[i] = Fr.of(new BigInteger(256, rnd));
                coeffs[i].copyMontgomeryTo(a, 4 * i);
            }
            long[] evals = a.clone();
            d.fft(evals);
            Fr omega = Domain.root(log), g = Domain.root(log + 1);
            for (int i = 0; i < n; i += Math.max(1, n / 16)) {
                assertEquals(evaluate(coeffs, omega.pow(BigInteger.valueOf(i))), at(evals, i), "log " + log + " i " + i);
            }
            long[] back = evals.clone();
            d.ifft(back);
            assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(back));
            long[] coset = evals.clone();
            d.ifftToCoset(coset, g);
            d.fft(coset);
            for (int i = 0; i < n; i += Math.max(1, n / 16)) {
                assertEquals(evaluate(coeffs, g.mul(omega.pow(BigInteger.valueOf(i)))), at(coset, i), "coset log " + log + " i " + i);
            }
        }
    }
}
