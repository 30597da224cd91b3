package io.aitbc.zk.groth16;

import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.JacobianOps;
import io.aitbc.zk.formats.R1cs;

/**
 * A constraint matrix transposed to columns (per wire: the rows it appears in and its coefficients),
 * to compute sum_c coef_c * P_c per wire. Coefficients are public, so the multiplication may branch
 * on them: they are stored canonical, those above r/2 as r - k with the point negated, so that 1 and
 * -1 cost one mixed addition and small or near-r values a few doublings.
 */
final class Columns {

    private final int[] start;
    private final int[] row;
    /** Canonical |coefficient| (4 limbs per entry), after the sign was moved into {@link #negate}. */
    private final long[] coef;
    private final boolean[] negate;

    private Columns(int[] start, int[] row, long[] coef, boolean[] negate) {
        this.start = start;
        this.row = row;
        this.coef = coef;
        this.negate = negate;
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
        long[] coef = new long[4 * entries];
        boolean[] negate = new boolean[entries];
        int[] rs = m.rowStart();
        for (int r = 0; r + 1 < rs.length; r++) {
            for (int e = rs[r]; e < rs[r + 1]; e++) {
                int pos = fill[m.wire()[e]]++;
                row[pos] = r;
                Fr.ARITH.fromMontgomery(m.coefficients(), 4 * e, coef, 4 * pos);
                negate[pos] = Fr.ARITH.toMagnitude(coef, 4 * pos);
            }
        }
        return new Columns(start, row, coef, negate);
    }

    /**
     * acc (Jacobian, at accOff) += sum over the wire's entries of coef * points[row] (points affine,
     * stride ops.affineSize()).
     *
     * @param scratch at least {@code ops.affineSize() + ops.jacobianSize()} longs
     */
    void accumulate(int wire, JacobianOps ops, long[] points, long[] acc, int accOff, long[] scratch) {
        int aff = ops.affineSize(), n = aff / 2;
        for (int e = start[wire]; e < start[wire + 1]; e++) {
            int p = aff * row[e];
            long[] base = points;
            if (negate[e]) {
                System.arraycopy(points, p, scratch, 0, n);
                ops.field().neg(points, p + n, scratch, n);
                base = scratch;
                p = 0;
            }
            if (isOne(e)) {
                ops.addMixed(acc, accOff, base, p, acc, accOff);
            } else {
                ops.multiplyAffineVartime(base, p, coef, 4 * e, scratch, aff);
                ops.add(acc, accOff, scratch, aff, acc, accOff);
            }
        }
    }

    private boolean isOne(int e) {
        return coef[4 * e] == 1 && (coef[4 * e + 1] | coef[4 * e + 2] | coef[4 * e + 3]) == 0;
    }
}
