package io.aitbc.fhe.rlwe;

import io.aitbc.fhe.ring.RnsPoly;
import io.aitbc.fhe.ring.Sampler;
import io.aitbc.fhe.ring.AesCtrPrng;

/**
 * Expansion of the uniform public polynomials ("a" parts of keys and fresh ciphertexts) from a 32-byte
 * seed: SHAKE256(seed || label), uniform residues by rejection, limb by limb (Q primes, then P primes),
 * read as NTT-domain values. Anyone holding the seed gets the same polynomial.
 */
public final class PublicPolynomials {

    private PublicPolynomials() {}

    public static RnsPoly expandQ(RlweParameters params, byte[] seed, String label, int limbs) {
        RnsPoly a = params.ringQ().newPoly(limbs);
        Sampler.uniform(new AesCtrPrng(seed, label), params.ringQ(), a);
        return a;
    }

    /** Expands over Q (all primes) and P from one stream: returns {aQ, aP}. */
    public static RnsPoly[] expandQP(RlweParameters params, byte[] seed, String label) {
        AesCtrPrng prng = new AesCtrPrng(seed, label);
        RnsPoly aq = params.ringQ().newPoly();
        RnsPoly ap = params.ringP().newPoly();
        Sampler.uniform(prng, params.ringQ(), aq);
        Sampler.uniform(prng, params.ringP(), ap);
        return new RnsPoly[] {aq, ap};
    }
}
