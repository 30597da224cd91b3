package io.aitbc.zk.groth16;

import io.aitbc.zk.bn254.Curves;
import io.aitbc.zk.bn254.JacobianOps;
import io.aitbc.zk.formats.R1cs;
import java.util.stream.IntStream;

/**
 * The per-wire points of a new Groth16 key from the Lagrange-basis points L_j(tau) of the powers of tau:
 * A_s = sum a_js L_j, B1_s / B2_s = sum b_js L_j in G1 / G2, and K_s = sum (beta a_js + alpha b_js + c_js) L_j
 * (IC for the public wires 0..nPublic, C for the others). snarkjs adds the rows nC + s (s &lt;= nPublic)
 * to A and K, which makes the public inputs independent. Wires are processed in parallel chunks and
 * each chunk is normalised to affine with one inversion per group.
 */
final class WirePoints {

    private static final int CHUNK = 1024;

    /** Affine outputs: a, b1 (8 longs per wire), b2 (16), ic (nPublic + 1 points), c (the others). */
    record Result(long[] a, long[] b1, long[] b2, long[] ic, long[] c) {
    }

    /** Lagrange points of the domain: tau (G1 and G2), alpha tau and beta tau (G1), affine. */
    record Lagrange(long[] tauG1, long[] tauG2, long[] alphaTauG1, long[] betaTauG1) {
    }

    private WirePoints() {
    }

    static Result compute(R1cs r1cs, Lagrange l) {
        int nVars = r1cs.nWires(), nPublic = r1cs.nPublic(), nC = r1cs.nConstraints();
        Columns a = Columns.of(r1cs.a(), nVars), b = Columns.of(r1cs.b(), nVars), c = Columns.of(r1cs.c(), nVars);
        Result out = new Result(new long[8 * nVars], new long[8 * nVars], new long[16 * nVars], new long[8 * (nPublic + 1)],
                new long[8 * (nVars - nPublic - 1)]);
        IntStream.range(0, (nVars + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            JacobianOps g1 = Curves.g1Ops(), g2 = Curves.g2Ops();
            int from = chunk * CHUNK, to = Math.min(nVars, from + CHUNK), len = to - from;
            long[] jA = new long[12 * len], jB1 = new long[12 * len], jB2 = new long[24 * len], jK = new long[12 * len];
            long[] s1 = new long[8 + 12], s2 = new long[16 + 24];
            for (int i = 0; i < len; i++) {
                int s = from + i, o1 = 12 * i, o2 = 24 * i;
                g1.setInfinity(jA, o1);
                g1.setInfinity(jB1, o1);
                g2.setInfinity(jB2, o2);
                g1.setInfinity(jK, o1);
                a.accumulate(s, g1, l.tauG1(), jA, o1, s1);
                b.accumulate(s, g1, l.tauG1(), jB1, o1, s1);
                b.accumulate(s, g2, l.tauG2(), jB2, o2, s2);
                a.accumulate(s, g1, l.betaTauG1(), jK, o1, s1);
                b.accumulate(s, g1, l.alphaTauG1(), jK, o1, s1);
                c.accumulate(s, g1, l.tauG1(), jK, o1, s1);
                if (s <= nPublic) {
                    g1.addMixed(jA, o1, l.tauG1(), 8 * (nC + s), jA, o1);
                    g1.addMixed(jK, o1, l.betaTauG1(), 8 * (nC + s), jK, o1);
                }
            }
            g1.batchToAffine(jA, 0, len, out.a(), 8 * from);
            g1.batchToAffine(jB1, 0, len, out.b1(), 8 * from);
            g2.batchToAffine(jB2, 0, len, out.b2(), 16 * from);
            long[] k = new long[8 * len];
            g1.batchToAffine(jK, 0, len, k, 0);
            for (int i = 0; i < len; i++) {
                int s = from + i;
                if (s <= nPublic) {
                    System.arraycopy(k, 8 * i, out.ic(), 8 * s, 8);
                } else {
                    System.arraycopy(k, 8 * i, out.c(), 8 * (s - nPublic - 1), 8);
                }
            }
        });
        return out;
    }
}
