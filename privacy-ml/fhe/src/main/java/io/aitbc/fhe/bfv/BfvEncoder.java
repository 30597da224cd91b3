package io.aitbc.fhe.bfv;

import io.aitbc.fhe.ring.Modulus;
import io.aitbc.fhe.ring.NttTable;

/**
 * Batching: N integers mod t as the values of m(X) at the 2N-th roots of unity mod t, arranged in two
 * rows of N/2 so that X -> X^5 rotates both rows left by one and X -> X^(2N-1) swaps them. Slot k of
 * row r sits at the root psi^(+-5^k); the NTT mod t evaluates at psi^(2*brv(j)+1), which fixes the map.
 */
public final class BfvEncoder {

    private final BfvParameters params;
    private final NttTable ntt;
    private final int[] slotToNtt;

    public BfvEncoder(BfvParameters params) {
        this.params = params;
        int n = params.rlwe().n();
        this.ntt = new NttTable(new Modulus(params.plaintextModulus()), n);
        int logN = Integer.numberOfTrailingZeros(n);
        slotToNtt = new int[n];
        long m = 2L * n;
        long g = 1;
        for (int k = 0; k < n / 2; k++) {
            slotToNtt[k] = NttTable.bitReverse((int) ((g - 1) >>> 1), logN);
            slotToNtt[k + n / 2] = NttTable.bitReverse((int) ((m - g - 1) >>> 1), logN);
            g = (g * 5) % m;
        }
    }

    public BfvParameters params() { return params; }

    /** Encodes up to N integers (any sign; reduced mod t) into the slots, the rest zero. */
    public BfvPlaintext encode(long[] values) {
        int n = params.rlwe().n();
        if (values.length > n) throw new IllegalArgumentException("at most " + n + " values fit in the slots, got " + values.length);
        Modulus t = ntt.modulus();
        long[] a = new long[n];
        for (int k = 0; k < values.length; k++) a[slotToNtt[k]] = t.reduce(values[k]);
        ntt.inverse(a);
        return new BfvPlaintext(params, a);
    }

    /** The N slot values in [0, t). */
    public long[] decode(BfvPlaintext pt) {
        pt.check(params);
        long[] a = pt.coefficients();
        ntt.forward(a);
        long[] out = new long[a.length];
        for (int k = 0; k < out.length; k++) out[k] = a[slotToNtt[k]];
        return out;
    }

    /** The N slot values as signed integers in (-t/2, t/2]. */
    public long[] decodeSigned(BfvPlaintext pt) {
        long[] v = decode(pt);
        Modulus t = ntt.modulus();
        for (int k = 0; k < v.length; k++) v[k] = t.center(v[k]);
        return v;
    }
}
