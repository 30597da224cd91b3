package io.aitbc.fhe.rlwe;

import io.aitbc.fhe.ring.RnsPoly;

/**
 * A hybrid key-switching key from s_in to s_out: for each digit j (a group of pCount() Q primes),
 * (b_j, a_j) over QP in the NTT domain with b_j = -a_j*s_out + e_j + P*g_j*s_in, where g_j is 1 modulo
 * the primes of digit j and 0 modulo the others. a_j is expanded from (seed, label + "/" + j).
 */
public final class SwitchingKey {

    private final SchemeParameters params;
    private final RnsPoly[] bQ;
    private final RnsPoly[] bP;
    private final RnsPoly[] aQ;
    private final RnsPoly[] aP;
    private final byte[] seed;
    private final String label;
    private final KeyId keyId;

    public SwitchingKey(SchemeParameters params, KeyId keyId, RnsPoly[] bQ, RnsPoly[] bP, byte[] seed, String label) {
        RlweParameters r = params.rlwe();
        int digits = r.digits(r.maxLevel());
        if (bQ.length != digits || bP.length != digits) {
            throw new IllegalArgumentException("switching key needs " + digits + " digits, got " + bQ.length);
        }
        this.params = params;
        this.keyId = keyId;
        this.bQ = bQ.clone();
        this.bP = bP.clone();
        this.seed = seed.clone();
        this.label = label;
        this.aQ = new RnsPoly[digits];
        this.aP = new RnsPoly[digits];
        for (int j = 0; j < digits; j++) {
            RnsPoly[] a = PublicPolynomials.expandQP(r, seed, digitLabel(label, j));
            aQ[j] = a[0];
            aP[j] = a[1];
        }
    }

    static String digitLabel(String label, int digit) {
        return label + "/" + digit;
    }

    public SchemeParameters params() { return params; }

    public KeyId keyId() { return keyId; }

    public int digits() { return bQ.length; }

    public RnsPoly bQ(int j) { return bQ[j]; }

    public RnsPoly bP(int j) { return bP[j]; }

    public RnsPoly aQ(int j) { return aQ[j]; }

    public RnsPoly aP(int j) { return aP[j]; }

    public byte[] seed() { return seed.clone(); }

    /** Domain-separation label of the seed expansion ("rlk" or "gal/<element>"). */
    public String label() { return label; }
}
