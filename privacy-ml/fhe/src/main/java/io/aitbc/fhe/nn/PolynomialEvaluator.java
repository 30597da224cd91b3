package io.aitbc.fhe.nn;

import io.aitbc.fhe.ckks.CkksEvaluator;
import io.aitbc.fhe.rlwe.Ciphertext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Evaluates p(x) = c_0 + c_1 x + ... + c_d x^d slot-wise with the minimal depth ceil(log2(d + 1)):
 * p = lo + hi * x^(2^(D-1)) recursively (lo, hi of degree < 2^(D-1)), the powers x^(2^j) by repeated
 * squaring, constants multiplied into the lowest-degree operands (the leaves c_0 + c_1 x). About d/2 + log2 d
 * ciphertext products.
 *
 * <p>Scale management is target-driven: every sub-result is produced at exactly the level and scale its
 * consumer needs (a leaf's constant is encoded at target scale * q_(level+1) / scale(x), so that the rescale
 * lands on the target), so the output comes out at level(x) - D with exactly x's scale, whatever the
 * primes. One instance per evaluation (it caches the powers of x).
 */
final class PolynomialEvaluator {

    /** A sub-result: a ciphertext, or (when every non-constant coefficient is zero) a constant. */
    private record Value(Ciphertext ct, double constant) {
        boolean isConstant() { return ct == null; }
    }

    private final NnEvaluator nn;
    private final CkksEvaluator ev;
    private final long[] q;
    private final Ciphertext x;
    private final Map<Integer, Ciphertext> powers = new HashMap<>();

    PolynomialEvaluator(NnEvaluator nn, Ciphertext x) {
        this.nn = nn;
        this.ev = nn.ckks();
        this.q = nn.params().rlwe().q();
        this.x = x;
        powers.put(1, x);
    }

    /** Levels consumed by a polynomial of this degree. */
    static int depth(int degree) {
        if (degree < 1) throw new IllegalArgumentException("degree must be >= 1: " + degree);
        return 32 - Integer.numberOfLeadingZeros(degree);
    }

    Ciphertext evaluate(double[] coefficients) {
        int degree = degree(coefficients);
        if (degree < 1) throw new IllegalArgumentException("constant polynomial " + Arrays.toString(coefficients));
        int d = depth(degree);
        if (x.level() < d) throw new IllegalArgumentException("a degree-" + degree + " polynomial needs " + d + " levels, the input has " + x.level());
        Value v = eval(Arrays.copyOf(coefficients, degree + 1), x.level() - d, x.scale());
        return v.ct();
    }

    private Value eval(double[] c, int level, double scale) {
        int degree = degree(c);
        if (degree < 1) return new Value(null, c.length == 0 ? 0 : c[0]);
        if (degree == 1) {
            Ciphertext lin = constantTimes(x, c[1], level, scale);
            return new Value(c[0] == 0 ? lin : ev.addConstant(lin, c[0]), 0);
        }
        int half = Integer.highestOneBit(degree);
        Ciphertext g = power(half);
        Value hi = eval(Arrays.copyOfRange(c, half, degree + 1), level + 1, scale * q[level + 1] / g.scale());
        Ciphertext product = hi.isConstant()
                ? constantTimes(g, hi.constant(), level, scale)
                : ev.rescale(ev.multiplyRelin(ev.dropToLevel(g, level + 1), hi.ct()));
        Value lo = eval(Arrays.copyOf(c, half), level, scale);
        if (lo.isConstant()) return new Value(lo.constant() == 0 ? product : ev.addConstant(product, lo.constant()), 0);
        return new Value(ev.add(product, lo.ct()), 0);
    }

    /** a * c at exactly (level, scale): a dropped to level + 1, times c encoded so that the rescale lands on scale. */
    private Ciphertext constantTimes(Ciphertext a, double c, int level, double scale) {
        Ciphertext at = ev.dropToLevel(a, level + 1);
        return ev.rescale(ev.multiplyConstant(at, c, scale * q[level + 1] / a.scale()));
    }

    /** x^(2^j) by repeated squaring. */
    private Ciphertext power(int p) {
        Ciphertext cached = powers.get(p);
        if (cached != null) return cached;
        Ciphertext half = power(p / 2);
        Ciphertext sq = nn.square(half);
        powers.put(p, sq);
        return sq;
    }

    private static int degree(double[] c) {
        int d = c.length - 1;
        while (d > 0 && c[d] == 0) d--;
        return d;
    }
}
