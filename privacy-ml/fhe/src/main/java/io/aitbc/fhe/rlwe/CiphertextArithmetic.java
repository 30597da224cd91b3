package io.aitbc.fhe.rlwe;

import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;

/**
 * The scheme-independent polynomial arithmetic on NTT-domain ciphertexts that CKKS and BFV share:
 * sums of ciphertexts of any degrees, negation, products by a polynomial or an integer, the tensor
 * product. Results are fresh polynomial arrays over the given number of limbs; the schemes wrap them
 * (scale, checks). Thread-safe.
 */
public final class CiphertextArithmetic {

    private final Ring ring;

    public CiphertextArithmetic(Ring ring) {
        this.ring = ring;
    }

    /** a + b (or a - b) over the first {@code limbs} limbs, degree max(deg a, deg b). */
    public RnsPoly[] combine(Ciphertext a, Ciphertext b, int limbs, boolean add) {
        int degree = Math.max(a.degree(), b.degree());
        RnsPoly[] out = new RnsPoly[degree + 1];
        for (int i = 0; i <= degree; i++) {
            out[i] = ring.newPoly(limbs);
            if (i <= a.degree() && i <= b.degree()) {
                if (add) ring.add(a.poly(i), b.poly(i), out[i]);
                else ring.sub(a.poly(i), b.poly(i), out[i]);
            } else if (i <= a.degree()) {
                out[i].copyFrom(a.poly(i));
            } else if (add) {
                out[i].copyFrom(b.poly(i));
            } else {
                ring.neg(b.poly(i), out[i]);
            }
        }
        return out;
    }

    /** acc += b in place over acc's limbs (b of at most acc's degree, with at least as many limbs). */
    public void addInPlace(Ciphertext acc, Ciphertext b) {
        if (b.level() < acc.level() || b.degree() > acc.degree()) {
            throw new IllegalArgumentException("in-place operand must be at level >= " + acc.level()
                    + " and degree <= " + acc.degree() + " (got level " + b.level() + ", degree " + b.degree() + ")");
        }
        for (int i = 0; i <= b.degree(); i++) ring.add(acc.poly(i), b.poly(i), acc.poly(i));
    }

    public RnsPoly[] negate(Ciphertext a) {
        RnsPoly[] out = new RnsPoly[a.degree() + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = ring.newPoly(a.level() + 1);
            ring.neg(a.poly(i), out[i]);
        }
        return out;
    }

    /** Every component times the NTT-domain polynomial p, over the first {@code limbs} limbs. */
    public RnsPoly[] multiplyPoly(Ciphertext a, RnsPoly p, int limbs) {
        RnsPoly[] out = new RnsPoly[a.degree() + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = ring.newPoly(limbs);
            ring.mulCoeffs(a.poly(i), p, out[i]);
        }
        return out;
    }

    /** Every component times the signed integer k. */
    public RnsPoly[] multiplyInteger(Ciphertext a, long k) {
        RnsPoly[] out = new RnsPoly[a.degree() + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = ring.newPoly(a.level() + 1);
            ring.mulScalar(a.poly(i), k, out[i]);
        }
        return out;
    }

    /** Every component times c_i on limb i (constants already reduced per prime). */
    public RnsPoly[] multiplyPerLimb(Ciphertext a, long[] c) {
        RnsPoly[] out = new RnsPoly[a.degree() + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = ring.newPoly(a.level() + 1);
            ring.mulScalarPerLimb(a.poly(i), c, out[i]);
        }
        return out;
    }

    /**
     * (a0, a1) x (b0, b1) = (a0 b0, a0 b1 + a1 b0, a1 b1) in {@code ring} over {@code limbs} limbs (NTT
     * domain). b0 and b1 are first put in Montgomery form (each is used twice), then four Montgomery
     * products replace four 128-bit Barrett reductions.
     */
    public static RnsPoly[] tensor(Ring ring, RnsPoly a0, RnsPoly a1, RnsPoly b0, RnsPoly b1, int limbs) {
        RnsPoly e0 = ring.newPoly(limbs), e1 = ring.newPoly(limbs), e2 = ring.newPoly(limbs);
        ring.toMontgomery(b0, e2); // e2 as scratch for b0 in Montgomery form
        ring.mulCoeffsMontgomery(a0, e2, e0, false);
        ring.mulCoeffsMontgomery(a1, e2, e1, false);
        RnsPoly b1m = ring.newPoly(limbs);
        ring.toMontgomery(b1, b1m);
        ring.mulCoeffsMontgomery(a0, b1m, e1, true);
        ring.mulCoeffsMontgomery(a1, b1m, e2, false);
        return new RnsPoly[] {e0, e1, e2};
    }
}
