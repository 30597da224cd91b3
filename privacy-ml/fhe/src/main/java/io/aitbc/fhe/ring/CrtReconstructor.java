package io.aitbc.fhe.ring;

/**
 * Reconstructs the centered integer x in (-Q/2, Q/2] from its residues, as a double, without
 * BigInteger: Garner's mixed-radix digits of x and of Q - x are compared from the most significant
 * digit to find the smaller magnitude, whose digits are then evaluated by Horner's rule (all terms
 * positive, so the result carries double's full relative precision).
 */
public final class CrtReconstructor {

    private final Modulus[] moduli;
    /** [i][j] = q_j^-1 mod q_i for j < i, with Shoup constants. */
    private final long[][] inv;
    private final long[][] invShoup;

    public CrtReconstructor(Ring ring, int limbs) {
        moduli = new Modulus[limbs];
        inv = new long[limbs][];
        invShoup = new long[limbs][];
        for (int i = 0; i < limbs; i++) {
            moduli[i] = ring.modulus(i);
            inv[i] = new long[i];
            invShoup[i] = new long[i];
            for (int j = 0; j < i; j++) {
                inv[i][j] = moduli[i].inverse(moduli[i].reduce(ring.modulus(j).value()));
                invShoup[i][j] = moduli[i].shoup(inv[i][j]);
            }
        }
    }

    public int limbs() { return moduli.length; }

    /**
     * Writes x_c * factor for every coefficient c of {@code p} (its first {@link #limbs()} limbs, in the
     * coefficient domain) into {@code out}.
     */
    public void toDoubles(RnsPoly p, double factor, double[] out) {
        int k = moduli.length;
        int n = p.n();
        long[] x = new long[k];
        long[] v = new long[k];
        long[] w = new long[k];
        for (int c = 0; c < n; c++) {
            for (int i = 0; i < k; i++) x[i] = p.limb(i)[c];
            out[c] = centered(x, v, w) * factor;
        }
    }

    /** The centered value of one residue vector; v and w are scratch arrays of the same length. */
    public double centered(long[] residues, long[] v, long[] w) {
        int k = moduli.length;
        if (k == 1) return moduli[0].center(residues[0]);
        digits(residues, false, v);
        digits(residues, true, w);
        boolean negative = false;
        for (int i = k - 1; i >= 0; i--) {
            if (v[i] != w[i]) {
                negative = v[i] > w[i];
                break;
            }
        }
        long[] d = negative ? w : v;
        double value = d[k - 1];
        for (int i = k - 2; i >= 0; i--) value = value * moduli[i].value() + d[i];
        return negative ? -value : value;
    }

    private void digits(long[] x, boolean negate, long[] out) {
        for (int i = 0; i < moduli.length; i++) {
            Modulus qi = moduli[i];
            long t = negate ? qi.neg(x[i]) : x[i];
            for (int j = 0; j < i; j++) {
                t = qi.mulShoup(qi.sub(t, qi.reduce(out[j])), inv[i][j], invShoup[i][j]);
            }
            out[i] = t;
        }
    }
}
