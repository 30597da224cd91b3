package io.aitbc.zk.bn254;

import java.math.BigInteger;

/** Immutable element c0 + c1 u of Fp2 = Fp[u]/(u^2 + 1). */
public record Fp2(Fp c0, Fp c1) {

    public static final Fp2 ZERO = new Fp2(Fp.ZERO, Fp.ZERO);
    public static final Fp2 ONE = new Fp2(Fp.ONE, Fp.ZERO);
    /** The non-residue xi = 9 + u defining Fp6 and the sextic twist. */
    public static final Fp2 XI = new Fp2(Fp.of(9), Fp.ONE);

    public Fp2 {
        if (c0 == null || c1 == null) {
            throw new IllegalArgumentException("Fp2 coordinates must not be null");
        }
    }

    public static Fp2 of(BigInteger c0, BigInteger c1) {
        return new Fp2(Fp.ofCanonical(c0), Fp.ofCanonical(c1));
    }

    public Fp2 add(Fp2 o) {
        return new Fp2(c0.add(o.c0), c1.add(o.c1));
    }

    public Fp2 sub(Fp2 o) {
        return new Fp2(c0.sub(o.c0), c1.sub(o.c1));
    }

    public Fp2 neg() {
        return new Fp2(c0.neg(), c1.neg());
    }

    public Fp2 dbl() {
        return new Fp2(c0.dbl(), c1.dbl());
    }

    public Fp2 mul(Fp2 o) {
        Fp v0 = c0.mul(o.c0), v1 = c1.mul(o.c1);
        return new Fp2(v0.sub(v1), c0.add(c1).mul(o.c0.add(o.c1)).sub(v0).sub(v1));
    }

    public Fp2 mul(Fp k) {
        return new Fp2(c0.mul(k), c1.mul(k));
    }

    public Fp2 square() {
        return new Fp2(c0.add(c1).mul(c0.sub(c1)), c0.mul(c1).dbl());
    }

    public Fp2 conjugate() {
        return new Fp2(c0, c1.neg());
    }

    public Fp2 inverse() {
        Fp norm = c0.square().add(c1.square());
        Fp inv = norm.inverse();
        return new Fp2(c0.mul(inv), c1.neg().mul(inv));
    }

    /** Multiplication by xi = 9 + u: (9 c0 - c1) + (c0 + 9 c1) u. */
    public Fp2 mulByXi() {
        Fp nine0 = c0.dbl().dbl().dbl().add(c0);
        Fp nine1 = c1.dbl().dbl().dbl().add(c1);
        return new Fp2(nine0.sub(c1), c0.add(nine1));
    }

    public Fp2 pow(BigInteger e) {
        Fp2 r = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            r = r.square();
            if (e.testBit(i)) {
                r = r.mul(this);
            }
        }
        return r;
    }

    /**
     * A square root, or null if there is none (p = 3 mod 4: roots through the norm). Which of the two
     * roots is returned is unspecified; callers that need a canonical one pick by sign.
     */
    public Fp2 sqrt() {
        if (isZero()) {
            return this;
        }
        BigInteger e = Fp.MODULUS.add(BigInteger.ONE).shiftRight(2);
        Fp norm = c0.square().add(c1.square());
        Fp s = norm.pow(e);
        if (!s.square().equals(norm)) {
            return null;
        }
        Fp half = Fp.of(2).inverse();
        for (Fp cand : new Fp[] {c0.add(s).mul(half), c0.sub(s).mul(half)}) {
            Fp x0 = cand.pow(e);
            if (x0.square().equals(cand) && !x0.isZero()) {
                Fp2 r = new Fp2(x0, c1.mul(x0.dbl().inverse()));
                if (r.square().equals(this)) {
                    return r;
                }
            }
        }
        // c1 = 0 and c0 a non-residue in Fp: the root is purely imaginary
        Fp y = c0.neg().pow(e);
        Fp2 r = new Fp2(Fp.ZERO, y);
        return r.square().equals(this) ? r : null;
    }

    public boolean isZero() {
        return c0.isZero() && c1.isZero();
    }

    void writeTo(long[] dst, int off) {
        c0.copyMontgomeryTo(dst, off);
        c1.copyMontgomeryTo(dst, off + 4);
    }

    static Fp2 readFrom(long[] src, int off) {
        return new Fp2(Fp.fromMontgomery(src, off), Fp.fromMontgomery(src, off + 4));
    }

    @Override
    public String toString() {
        return "[" + c0 + ", " + c1 + "]";
    }
}
