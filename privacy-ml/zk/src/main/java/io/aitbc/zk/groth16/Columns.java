package io.aitbc.zk.groth16;

import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.JacobianOps;
import io.aitbc.zk.formats.R1cs;
import java.math.BigInteger;

/**
 * A constraint matrix transposed to columns (per wire: the rows it appears in and its coefficients),
 * to compute sum_c coef_c * P_c per wire. Coefficients are public, so the scalar multiplication may
 * branch on them: 1 and -1 cost an addition, small or near-r coefficients a few doublings.
 */
final class Columns {

    private static final BigInteger HALF = Fr.MODULUS.shiftRight(1);
    private final int[] start;
    private final int[] row;
    private final BigInteger[] coef;

    private Columns(int[] start, int[] row, BigInteger[] coef) {
        this.start = start;
        this.row = row;
        this.coef = coef;
    }

    static Columns of(R1cs.Matrix m, int nWires) {
        int entries = m.entries();
        int[] start = new int[nWires + 1];
        for (int e = 0; e < entries; e++) {
            start[m.wire()[e] + 1]++;
        }
        for (int i = 0; i < nWires; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = start.clone();
        int[] row = new int[entries];
        BigInteger[] coef = new BigInteger[entries];
        int[] rs = m.rowStart();
        for (int r = 0; r + 1 < rs.length; r++) {
            for (int e = rs[r]; e < rs[r + 1]; e++) {
                int pos = fill[m.wire()[e]]++;
                row[pos] = r;
                coef[pos] = Fr.ARITH.toBigInteger(m.coefficients(), 4 * e);
            }
        }
        return new Columns(start, row, coef);
    }

    /** acc += sum over the wire's entries of coef * points[row] (points affine, stride ops.affineSize()). */
    void accumulate(int wire, JacobianOps ops, long[] points, long[] acc) {
        int stride = ops.affineSize();
        long[] tmp = new long[ops.jacobianSize()];
        for (int e = start[wire]; e < start[wire + 1]; e++) {
            BigInteger k = coef[e];
            boolean negate = k.compareTo(HALF) > 0;
            if (negate) {
                k = Fr.MODULUS.subtract(k);
            }
            ops.fromAffine(points, stride * row[e], tmp, 0);
            if (negate) {
                ops.negJacobian(tmp, 0, tmp, 0);
            }
            if (!k.equals(BigInteger.ONE)) {
                ops.multiplyVartime(tmp, 0, k, tmp, 0);
            }
            ops.add(acc, 0, tmp, 0, acc, 0);
        }
    }
}
