package io.aitbc.fhe.rlwe;

import io.aitbc.fhe.ring.RnsPoly;

/**
 * A hybrid key-switching key from s_in to s_out: for each digit j (a group of pCount() Q primes),
 * (b_j, a_j) over QP in the NTT domain with b_j = -a_j*s_out + e_j + P*g_j*s_in, where g_j is 1 modulo
 * the primes of digit j and 0 modulo the others. a_j is expanded from (seed, label + "/" + j).
 *
 * <p>In memory both parts are kept in Montgomery form, so that the inner product of key switching
 * costs one Montgomery multiplication per coefficient; {@link #bQ}/{@link #bP} return the plain values.
 */
public final class SwitchingKey {

    private final SchemeParameters params;
    private final KeyId keyId;
    private final RnsPoly[] bQ;
    private final RnsPoly[] bP;
    private final RnsPoly[] aQ;
    private final RnsPoly[] aP;
    private final byte[] seed;
    private final String label;

    /** From the stored form: b_j plain, a_j expanded from the seed. */
    public SwitchingKey(SchemeParameters params, KeyId keyId, RnsPoly[] bQ, RnsPoly[] bP, byte[] seed, String label) {
        this(params, keyId, bQ, bP, expand(params, seed, label, bQ.length), seed, label);
    }

    /** Takes ownership of all arrays (b_j plain; a = {aQ[], aP[]} as expanded from the seed). */
    SwitchingKey(SchemeParameters params, KeyId keyId, RnsPoly[] bQ, RnsPoly[] bP, RnsPoly[][] a, byte[] seed, String label) {
        RlweParameters r = params.rlwe();
        int digits = r.digits(r.maxLevel());
        if (bQ.length != digits || bP.length != digits) {
            throw new IllegalArgumentException("switching key needs " + digits + " digits, got " + bQ.length);
        }
        this.params = params;
        this.keyId = keyId;
        this.seed = seed.clone();
        this.label = label;
        this.bQ = new RnsPoly[digits];
        this.bP = new RnsPoly[digits];
        this.aQ = a[0];
        this.aP = a[1];
        for (int j = 0; j < digits; j++) {
            this.bQ[j] = bQ[j].copy();
            this.bP[j] = bP[j].copy();
            r.ringQ().toMontgomery(this.bQ[j]);
            r.ringP().toMontgomery(this.bP[j]);
            r.ringQ().toMontgomery(aQ[j]);
            r.ringP().toMontgomery(aP[j]);
        }
    }

    static RnsPoly[][] expand(SchemeParameters params, byte[] seed, String label, int digits) {
        RnsPoly[][] a = new RnsPoly[2][digits];
        for (int j = 0; j < digits; j++) {
            RnsPoly[] x = PublicPolynomials.expandQP(params.rlwe(), seed, digitLabel(label, j));
            a[0][j] = x[0];
            a[1][j] = x[1];
        }
        return a;
    }

    static String digitLabel(String label, int digit) {
        return label + "/" + digit;
    }

    public SchemeParameters params() { return params; }

    public KeyId keyId() { return keyId; }

    public int digits() { return bQ.length; }

    /** b_j over Q (a fresh plain copy). */
    public RnsPoly bQ(int j) {
        RnsPoly c = bQ[j].copy();
        params.rlwe().ringQ().fromMontgomery(c);
        return c;
    }

    /** b_j over P (a fresh plain copy). */
    public RnsPoly bP(int j) {
        RnsPoly c = bP[j].copy();
        params.rlwe().ringP().fromMontgomery(c);
        return c;
    }

    RnsPoly bQMontgomery(int j) { return bQ[j]; }

    RnsPoly bPMontgomery(int j) { return bP[j]; }

    RnsPoly aQMontgomery(int j) { return aQ[j]; }

    RnsPoly aPMontgomery(int j) { return aP[j]; }

    public byte[] seed() { return seed.clone(); }

    /** Domain-separation label of the seed expansion ("rlk" or "gal/<element>"). */
    public String label() { return label; }
}
