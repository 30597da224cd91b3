package io.aitbc.zk.bn254;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Optimal ate pairing on BN254, e: G1 x G2 -> GT (subgroup of Fp12*), with the loop 6x + 2 and the
 * two Frobenius lines, and the final exponentiation to c (p^12 - 1)/r used by snarkjs/ffjavascript (see
 * {@link #finalExponentiation}), so values equal theirs (e.g. {@code vk_alphabeta_12}). The G2 side is precomputed into line
 * coefficients ({@link Prepared}) so fixed G2 points (verification keys) are prepared once.
 */
public final class Pairing {

    /** 6x + 2 for the BN parameter x = 4965661367192848881. */
    private static final BigInteger LOOP = new BigInteger("29793968203157093288");
    private static final Fp TWO_INV = Fp.of(2).inverse();
    private static final Fp2 TWIST_B = Curves.twistB();
    private static final Fp2 Q_X = Curves.PSI_X;
    private static final Fp2 Q_Y = Curves.PSI_Y;
    private static final BigInteger BN_X = Curves.BN_X;

    private Pairing() {
    }

    /** A line's coefficients; evaluated at P as (ell0, ellVW * Py, ellVV * Px). */
    record Line(Fp2 ell0, Fp2 ellVW, Fp2 ellVV) {
    }

    /** Line coefficients of a G2 point for the Miller loop; immutable and reusable. */
    public static final class Prepared {
        private final List<Line> lines;
        private final boolean infinity;

        private Prepared(List<Line> lines, boolean infinity) {
            this.lines = lines;
            this.infinity = infinity;
        }
    }

    public static Prepared prepare(G2Point q) {
        if (q.isInfinity()) {
            return new Prepared(List.of(), true);
        }
        List<Line> lines = new ArrayList<>();
        Fp2 qx = q.x(), qy = q.y();
        Fp2[] r = {qx, qy, Fp2.ONE};
        for (int i = LOOP.bitLength() - 2; i >= 0; i--) {
            lines.add(doublingStep(r));
            if (LOOP.testBit(i)) {
                lines.add(additionStep(r, qx, qy));
            }
        }
        Fp2 q1x = qx.conjugate().mul(Q_X), q1y = qy.conjugate().mul(Q_Y);
        Fp2 q2x = q1x.conjugate().mul(Q_X), q2y = q1y.conjugate().mul(Q_Y).neg();
        lines.add(additionStep(r, q1x, q1y));
        lines.add(additionStep(r, q2x, q2y));
        return new Prepared(List.copyOf(lines), false);
    }

    /** Doubles R = (X, Y, Z) (homogeneous, on the twist) in place and returns the tangent line. */
    private static Line doublingStep(Fp2[] r) {
        Fp2 x = r[0], y = r[1], z = r[2];
        Fp2 a = x.mul(y).mul(TWO_INV);
        Fp2 b = y.square();
        Fp2 c = z.square();
        Fp2 d = c.add(c).add(c);
        Fp2 e = TWIST_B.mul(d);
        Fp2 f = e.add(e).add(e);
        Fp2 g = b.add(f).mul(TWO_INV);
        Fp2 h = y.add(z).square().sub(b.add(c));
        Fp2 i = e.sub(b);
        Fp2 j = x.square();
        Fp2 e2 = e.square();
        r[0] = a.mul(b.sub(f));
        r[1] = g.square().sub(e2.add(e2).add(e2));
        r[2] = b.mul(h);
        return new Line(i.mulByXi(), h.neg(), j.add(j).add(j));
    }

    /** Adds the affine point (x2, y2) to R in place and returns the line through them. */
    private static Line additionStep(Fp2[] r, Fp2 x2, Fp2 y2) {
        Fp2 x1 = r[0], y1 = r[1], z1 = r[2];
        Fp2 d = x1.sub(x2.mul(z1));
        Fp2 e = y1.sub(y2.mul(z1));
        Fp2 f = d.square();
        Fp2 g = e.square();
        Fp2 h = d.mul(f);
        Fp2 i = x1.mul(f);
        Fp2 j = h.add(z1.mul(g)).sub(i.add(i));
        r[0] = d.mul(j);
        r[1] = e.mul(i.sub(j)).sub(h.mul(y1));
        r[2] = z1.mul(h);
        return new Line(e.mul(x2).sub(d.mul(y2)).mulByXi(), d, e.neg());
    }

    /** Product of Miller loops f_{P_i, Q_i} (before final exponentiation). */
    public static Fp12 millerLoop(List<G1Point> ps, List<Prepared> qs) {
        if (ps.size() != qs.size()) {
            throw new IllegalArgumentException("as many G1 as G2 points needed");
        }
        List<Fp> px = new ArrayList<>(), py = new ArrayList<>();
        List<Prepared> active = new ArrayList<>();
        for (int k = 0; k < ps.size(); k++) {
            if (ps.get(k).isInfinity() || qs.get(k).infinity) {
                continue; // e(O, Q) = e(P, O) = 1
            }
            px.add(ps.get(k).x());
            py.add(ps.get(k).y());
            active.add(qs.get(k));
        }
        Fp12 f = Fp12.ONE;
        int idx = 0;
        for (int i = LOOP.bitLength() - 2; i >= 0; i--) {
            f = f.square();
            f = applyLines(f, active, px, py, idx++);
            if (LOOP.testBit(i)) {
                f = applyLines(f, active, px, py, idx++);
            }
        }
        f = applyLines(f, active, px, py, idx++);
        return applyLines(f, active, px, py, idx);
    }

    private static Fp12 applyLines(Fp12 f, List<Prepared> qs, List<Fp> px, List<Fp> py, int idx) {
        for (int k = 0; k < qs.size(); k++) {
            Line l = qs.get(k).lines.get(idx);
            f = f.mulByLine(l.ell0(), l.ellVW().mul(py.get(k)), l.ellVV().mul(px.get(k)));
        }
        return f;
    }

    /**
     * f^(c (p^12 - 1)/r) with c = 2x(6x^2 + 3x + 1), coprime to r: the Fuentes-Castaneda et al. chain
     * for the hard part, which is what snarkjs/ffjavascript compute, so GT values agree bit for bit.
     */
    public static Fp12 finalExponentiation(Fp12 f) {
        // easy part: f^((p^6 - 1)(p^2 + 1)); afterwards f is unitary, so conjugate = inverse
        Fp12 r = f.conjugate().mul(f.inverse());
        r = r.frobenius(2).mul(r);
        // hard part
        Fp12 t0 = expByX(r).conjugate().cyclotomicSquare();
        Fp12 t1 = t0.cyclotomicSquare().mul(t0);
        Fp12 t2 = expByX(t1).conjugate();
        Fp12 t3 = t1.conjugate();
        t1 = t2.mul(t3);
        t3 = t2.cyclotomicSquare();
        Fp12 t4 = expByX(t3).mul(t1);
        t3 = t0.mul(t4);
        t0 = t2.mul(t4).mul(r);
        t0 = t3.frobenius().mul(t0);
        t0 = t4.frobenius(2).mul(t0);
        t2 = r.conjugate().mul(t3).frobenius(3);
        return t2.mul(t0);
    }

    /** a^x for a in the cyclotomic subgroup. */
    private static Fp12 expByX(Fp12 a) {
        Fp12 r = a;
        for (int i = BN_X.bitLength() - 2; i >= 0; i--) {
            r = r.cyclotomicSquare();
            if (BN_X.testBit(i)) {
                r = r.mul(a);
            }
        }
        return r;
    }

    public static Fp12 pair(G1Point p, G2Point q) {
        return finalExponentiation(millerLoop(List.of(p), List.of(prepare(q))));
    }

    /** True if prod e(P_i, Q_i) = 1, with one shared final exponentiation. */
    public static boolean productIsOne(List<G1Point> ps, List<Prepared> qs) {
        return finalExponentiation(millerLoop(ps, qs)).isOne();
    }
}
