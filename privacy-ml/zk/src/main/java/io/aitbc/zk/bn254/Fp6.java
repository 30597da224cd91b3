package io.aitbc.zk.bn254;

/** Immutable c0 + c1 v + c2 v^2 in Fp6 = Fp2[v]/(v^3 - xi), xi = 9 + u. */
public record Fp6(Fp2 c0, Fp2 c1, Fp2 c2) {

    public static final Fp6 ZERO = new Fp6(Fp2.ZERO, Fp2.ZERO, Fp2.ZERO);
    public static final Fp6 ONE = new Fp6(Fp2.ONE, Fp2.ZERO, Fp2.ZERO);

    public Fp6 add(Fp6 o) {
        return new Fp6(c0.add(o.c0), c1.add(o.c1), c2.add(o.c2));
    }

    public Fp6 sub(Fp6 o) {
        return new Fp6(c0.sub(o.c0), c1.sub(o.c1), c2.sub(o.c2));
    }

    public Fp6 neg() {
        return new Fp6(c0.neg(), c1.neg(), c2.neg());
    }

    /** Karatsuba over the three coefficients. */
    public Fp6 mul(Fp6 o) {
        Fp2 t0 = c0.mul(o.c0), t1 = c1.mul(o.c1), t2 = c2.mul(o.c2);
        Fp2 r0 = c1.add(c2).mul(o.c1.add(o.c2)).sub(t1).sub(t2).mulByXi().add(t0);
        Fp2 r1 = c0.add(c1).mul(o.c0.add(o.c1)).sub(t0).sub(t1).add(t2.mulByXi());
        Fp2 r2 = c0.add(c2).mul(o.c0.add(o.c2)).sub(t0).sub(t2).add(t1);
        return new Fp6(r0, r1, r2);
    }

    public Fp6 square() {
        return mul(this);
    }

    public Fp6 mul(Fp2 k) {
        return new Fp6(c0.mul(k), c1.mul(k), c2.mul(k));
    }

    /** Multiplication by v: (c0, c1, c2) v = (xi c2, c0, c1). */
    public Fp6 mulByV() {
        return new Fp6(c2.mulByXi(), c0, c1);
    }

    public Fp6 inverse() {
        Fp2 a = c0.square().sub(c1.mul(c2).mulByXi());
        Fp2 b = c2.square().mulByXi().sub(c0.mul(c1));
        Fp2 c = c1.square().sub(c0.mul(c2));
        Fp2 f = c0.mul(a).add(c2.mul(b).add(c1.mul(c)).mulByXi());
        Fp2 fi = f.inverse();
        return new Fp6(a.mul(fi), b.mul(fi), c.mul(fi));
    }

    public boolean isZero() {
        return c0.isZero() && c1.isZero() && c2.isZero();
    }
}
