package io.aitbc.zk.msm;

import io.aitbc.zk.bn254.BatchInversion;
import io.aitbc.zk.bn254.FieldOps;

/**
 * Many independent affine additions or doublings at once, sharing one field inversion (Montgomery's
 * trick): about 6 multiplications per addition and 7 per doubling, against 11 for a mixed Jacobian
 * addition. Points are (x, y) limbs with (0, 0) standing for infinity; all cases are handled (either
 * operand infinity, equal points, opposite points). Operands and results are addressed by offsets in
 * longs; result k is written after operands 0..k are read, so results may overwrite operands of
 * earlier or the same index. A workspace for one thread.
 */
final class BatchAffine {

    private static final byte ADD = 0, DOUBLE = 1, CANCEL = 2, COPY_A = 3, COPY_B = 4;

    private final FieldOps f;
    private final int n;
    private long[] den = new long[0];
    private long[] prefix = new long[0];
    private byte[] kind = new byte[0];
    private final long[] t;

    BatchAffine(FieldOps f) {
        this.f = f;
        this.n = f.size();
        this.t = new long[6 * n];
    }

    private void ensure(int count) {
        if (kind.length < count) {
            den = new long[count * n];
            prefix = new long[count * n];
            kind = new byte[count];
        }
    }

    /** r[ri[k]] = a[ai[k]] + b[bi[k]] for k &lt; count. */
    void add(long[] a, int[] ai, long[] b, int[] bi, long[] r, int[] ri, int count) {
        ensure(count);
        for (int k = 0; k < count; k++) {
            int p = ai[k], q = bi[k], d = k * n;
            if (isInfinity(a, p)) {
                kind[k] = COPY_B;
                f.setZero(den, d);
            } else if (isInfinity(b, q)) {
                kind[k] = COPY_A;
                f.setZero(den, d);
            } else if (!f.equal(a, p, b, q)) {
                kind[k] = ADD;
                f.sub(b, q, a, p, den, d);
            } else {
                classifyEqualX(a, p, b, q, k);
            }
        }
        BatchInversion.invert(f, den, count, prefix, t);
        for (int k = 0; k < count; k++) {
            switch (kind[k]) {
                case ADD, DOUBLE -> finish(a, ai[k], b, bi[k], k, r, ri[k]);
                case COPY_A -> copy(a, ai[k], r, ri[k]);
                case COPY_B -> copy(b, bi[k], r, ri[k]);
                default -> setInfinity(r, ri[k]);
            }
        }
    }

    /** r[ri[k]] = 2 a[ai[k]] for k &lt; count. */
    void dbl(long[] a, int[] ai, long[] r, int[] ri, int count) {
        ensure(count);
        for (int k = 0; k < count; k++) {
            int p = ai[k];
            if (isInfinity(a, p)) {
                kind[k] = COPY_A;
                f.setZero(den, k * n);
            } else {
                classifyEqualX(a, p, a, p, k);
            }
        }
        BatchInversion.invert(f, den, count, prefix, t);
        for (int k = 0; k < count; k++) {
            switch (kind[k]) {
                case DOUBLE -> finish(a, ai[k], a, ai[k], k, r, ri[k]);
                case COPY_A -> copy(a, ai[k], r, ri[k]);
                default -> setInfinity(r, ri[k]);
            }
        }
    }

    /** Same x: a doubling (slope 3x^2 / 2y), or infinity for opposite points and points of order 2. */
    private void classifyEqualX(long[] a, int p, long[] b, int q, int k) {
        int d = k * n;
        if (f.equal(a, p + n, b, q + n) && !f.isZero(a, p + n)) {
            kind[k] = DOUBLE;
            f.dbl(a, p + n, den, d);
        } else {
            kind[k] = CANCEL;
            f.setZero(den, d);
        }
    }

    /** r = a + b (or 2a) from the inverted slope denominator den[k]. */
    private void finish(long[] a, int p, long[] b, int q, int k, long[] r, int ro) {
        int lambda = 0, x3 = n, tmp = 2 * n;
        if (kind[k] == ADD) {
            f.sub(b, q + n, a, p + n, t, tmp);
        } else {
            f.square(a, p, t, tmp);
            f.add(t, tmp, t, tmp, t, lambda);
            f.add(t, lambda, t, tmp, t, tmp);
        }
        f.mul(t, tmp, den, k * n, t, lambda);
        f.square(t, lambda, t, x3);
        f.sub(t, x3, a, p, t, x3);
        f.sub(t, x3, b, q, t, x3);
        f.sub(a, p, t, x3, t, tmp);
        f.mul(t, lambda, t, tmp, t, tmp);
        f.sub(t, tmp, a, p + n, r, ro + n);
        f.copy(t, x3, r, ro);
    }

    private boolean isInfinity(long[] a, int p) {
        return f.isZero(a, p) && f.isZero(a, p + n);
    }

    private void setInfinity(long[] r, int ro) {
        f.setZero(r, ro);
        f.setZero(r, ro + n);
    }

    private void copy(long[] a, int p, long[] r, int ro) {
        if (a != r || p != ro) {
            System.arraycopy(a, p, r, ro, 2 * n);
        }
    }
}
