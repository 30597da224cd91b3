package io.aitbc.model.hybrid;

import io.aitbc.zk.bn254.Fr;
import java.math.BigInteger;

/**
 * What the verifier computes from public polynomials P of Z[X]/(X^N+1) (integer coefficients) at the
 * challenge z, in the circuit field: P(z), and for every l < N the evaluation of X^l * P mod (X^N+1),
 * so that (P * w)(z) = sum_l w_l V_l for any witness polynomial w (docs/HYBRID.md §2).
 */
final class FieldVectors {

    private FieldVectors() {
    }

    static Fr evaluate(BigInteger[] p, Fr z) {
        Fr acc = Fr.ZERO;
        for (int i = p.length - 1; i >= 0; i--) {
            acc = acc.mul(z).add(Fr.of(p[i]));
        }
        return acc;
    }

    /**
     * V_l = (X^l P mod X^N+1)(z). Multiplying by X shifts every coefficient up and moves the top one,
     * P_{N-1-l} of X^l P, to the constant term with a minus sign: V_{l+1} = z V_l - P_{N-1-l} (z^N + 1).
     */
    static Fr[] shiftEvaluations(BigInteger[] p, Fr z) {
        int n = p.length;
        Fr wrap = z.pow(BigInteger.valueOf(n)).add(Fr.ONE);
        Fr[] v = new Fr[n];
        v[0] = evaluate(p, z);
        for (int l = 0; l + 1 < n; l++) {
            v[l + 1] = v[l].mul(z).sub(Fr.of(p[n - 1 - l]).mul(wrap));
        }
        return v;
    }

    /** a_i + c b_i for vectors of field elements. */
    static Fr[] combine(Fr[] a, Fr c, Fr[] b) {
        Fr[] out = new Fr[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].add(c.mul(b[i]));
        }
        return out;
    }
}
