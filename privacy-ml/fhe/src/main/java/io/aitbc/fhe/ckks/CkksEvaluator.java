package io.aitbc.fhe.ckks;

import io.aitbc.fhe.ring.Parallelism;
import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.CiphertextArithmetic;
import io.aitbc.fhe.rlwe.EvaluationKeys;
import io.aitbc.fhe.rlwe.GaloisElements;
import io.aitbc.fhe.rlwe.KeyId;
import io.aitbc.fhe.rlwe.KeySwitchingEvaluator;
import io.aitbc.fhe.rlwe.ParameterMismatchException;
import io.aitbc.fhe.rlwe.Plaintext;
import java.util.Map;

/**
 * Homomorphic operations on CKKS ciphertexts (NTT domain). Operands at different levels are brought
 * to the lower one; additions need equal scales (relative difference below 1e-9). Multiplications
 * multiply scales; {@link #rescale} divides by the last prime and drops one level. Results are new
 * ciphertexts; inputs are never modified. Thread-safe when the evaluation keys are not changed.
 */
public final class CkksEvaluator {

    private static final double SCALE_TOLERANCE = 1e-9;

    private final CkksParameters params;
    private final Ring ring;
    private final CiphertextArithmetic arithmetic;
    private final KeySwitchingEvaluator keySwitching;

    public CkksEvaluator(CkksParameters params, EvaluationKeys keys, Parallelism parallelism) {
        this.params = params;
        this.ring = params.rlwe().ringQ().withParallelism(parallelism);
        this.arithmetic = new CiphertextArithmetic(ring);
        this.keySwitching = new KeySwitchingEvaluator(params, keys, parallelism);
    }

    /** An evaluator without evaluation keys (no relinearization, no rotation), single-threaded. */
    public CkksEvaluator(CkksParameters params) {
        this(params, null, Parallelism.SEQUENTIAL);
    }

    public CkksParameters params() { return params; }

    public Ciphertext add(Ciphertext a, Ciphertext b) {
        return combine(a, b, true);
    }

    public Ciphertext sub(Ciphertext a, Ciphertext b) {
        return combine(a, b, false);
    }

    /**
     * acc += b, modifying {@code acc} (which must be one the caller owns, e.g. an accumulator it made
     * with {@link Ciphertext#withScale} or an earlier result): the allocation-free form for long sums.
     * b must be at acc's level or above and of at most acc's degree, with the same scale.
     */
    public void addInPlace(Ciphertext acc, Ciphertext b) {
        check(acc, b);
        requireSameScale(acc.scale(), b.scale());
        arithmetic.addInPlace(acc, b);
    }

    /** acc += a * p, modifying {@code acc}; acc's scale must equal a.scale() * p.scale(). */
    public void multiplyPlainAddInPlace(Ciphertext acc, Ciphertext a, Plaintext p) {
        check(acc, a);
        checkPlain(p, a);
        requireSameScale(acc.scale(), a.scale() * p.scale());
        if (a.level() < acc.level() || a.degree() > acc.degree()) throw new IllegalArgumentException("operand below the accumulator");
        if (p.level() < acc.level()) throw new IllegalArgumentException("plaintext below the accumulator's level");
        for (int i = 0; i <= a.degree(); i++) ring.mulCoeffsAdd(a.poly(i), p.poly(), acc.poly(i));
    }

    private Ciphertext combine(Ciphertext a, Ciphertext b, boolean add) {
        check(a, b);
        requireSameScale(a.scale(), b.scale());
        return a.derive(arithmetic.combine(a, b, Math.min(a.level(), b.level()) + 1, add), a.scale());
    }

    public Ciphertext negate(Ciphertext a) {
        check(a);
        return a.derive(arithmetic.negate(a), a.scale());
    }

    public Ciphertext addPlain(Ciphertext a, Plaintext p) {
        return plainCombine(a, p, true);
    }

    public Ciphertext subPlain(Ciphertext a, Plaintext p) {
        return plainCombine(a, p, false);
    }

    private Ciphertext plainCombine(Ciphertext a, Plaintext p, boolean add) {
        check(a);
        checkPlain(p, a);
        requireSameScale(a.scale(), p.scale());
        Ciphertext out = levelCopy(a, Math.min(a.level(), p.level()));
        if (add) ring.add(out.poly(0), p.poly(), out.poly(0));
        else ring.sub(out.poly(0), p.poly(), out.poly(0));
        return out;
    }

    /** Adds the real constant c to every slot. */
    public Ciphertext addConstant(Ciphertext a, double c) {
        check(a);
        Ciphertext out = levelCopy(a, a.level());
        double scaled = Math.rint(c * a.scale());
        long[] perLimb = new long[a.level() + 1];
        for (int i = 0; i < perLimb.length; i++) perLimb[i] = CkksEncoder.residue(scaled, ring.modulus(i));
        ring.addScalarPerLimb(out.poly(0), perLimb, out.poly(0)); // a constant polynomial is constant in the NTT domain
        return out;
    }

    /** Product without relinearization (degree 2 for two degree-1 inputs); scale = product of scales. */
    public Ciphertext multiply(Ciphertext a, Ciphertext b) {
        check(a, b);
        if (a.degree() != 1 || b.degree() != 1) throw new IllegalArgumentException("relinearize before multiplying again");
        int limbs = Math.min(a.level(), b.level()) + 1;
        return a.derive(CiphertextArithmetic.tensor(ring, a.poly(0), a.poly(1), b.poly(0), b.poly(1), limbs),
                a.scale() * b.scale());
    }

    public Ciphertext relinearize(Ciphertext a) {
        check(a);
        return keySwitching.relinearize(a);
    }

    /** multiply then relinearize. */
    public Ciphertext multiplyRelin(Ciphertext a, Ciphertext b) {
        return keySwitching.relinearize(multiply(a, b));
    }

    public Ciphertext multiplyPlain(Ciphertext a, Plaintext p) {
        check(a);
        checkPlain(p, a);
        return a.derive(arithmetic.multiplyPoly(a, p.poly(), Math.min(a.level(), p.level()) + 1), a.scale() * p.scale());
    }

    /** Multiplies every slot by the real constant c, encoded at {@code constantScale} (the result's scale is a.scale()*constantScale). */
    public Ciphertext multiplyConstant(Ciphertext a, double c, double constantScale) {
        check(a);
        double scaled = Math.rint(c * constantScale);
        long[] perLimb = new long[a.level() + 1];
        for (int i = 0; i < perLimb.length; i++) perLimb[i] = CkksEncoder.residue(scaled, ring.modulus(i));
        return a.derive(arithmetic.multiplyPerLimb(a, perLimb), a.scale() * constantScale);
    }

    /** Multiplies by an integer: exact, the scale is unchanged. */
    public Ciphertext multiplyInteger(Ciphertext a, long k) {
        check(a);
        return a.derive(arithmetic.multiplyInteger(a, k), a.scale());
    }

    /** Divides by the last prime q_l with rounding: level - 1, scale / q_l. */
    public Ciphertext rescale(Ciphertext a) {
        check(a);
        if (a.level() == 0) throw new IllegalArgumentException("cannot rescale at level 0: the depth budget is spent");
        RnsPoly[] out = new RnsPoly[a.degree() + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = ring.newPoly(a.level());
            params.rlwe().rescalerQ().divideRoundByLast(a.poly(i), out[i], true);
        }
        return a.derive(out, a.scale() / ring.modulus(a.level()).value());
    }

    /** Drops primes down to {@code level} without dividing (same message, same scale, less noise room). */
    public Ciphertext dropToLevel(Ciphertext a, int level) {
        check(a);
        if (level < 0 || level > a.level()) throw new IllegalArgumentException("cannot go from level " + a.level() + " to " + level);
        return levelCopy(a, level);
    }

    /** Rotates the slots left by {@code steps} (negative: right). Needs the Galois key of that rotation. */
    public Ciphertext rotate(Ciphertext a, int steps) {
        check(a);
        return keySwitching.rotate(a, steps, "rotation");
    }

    /** Several rotations of one ciphertext sharing a single key-switching decomposition. */
    public Map<Integer, Ciphertext> rotateHoisted(Ciphertext a, int... steps) {
        check(a);
        return keySwitching.rotateHoisted(a, "rotation", steps);
    }

    /** Complex conjugation of every slot. */
    public Ciphertext conjugate(Ciphertext a) {
        check(a);
        return keySwitching.automorphism(a, GaloisElements.conjugation(params.rlwe().n()), "conjugation");
    }

    /** Lower-level building blocks for hoisted linear transforms (baby-step giant-step). */
    public KeySwitchingEvaluator keySwitching() { return keySwitching; }

    private Ciphertext levelCopy(Ciphertext a, int level) {
        RnsPoly[] out = new RnsPoly[a.degree() + 1];
        for (int i = 0; i < out.length; i++) out[i] = a.poly(i).copyLimbs(level + 1);
        return a.derive(out, a.scale());
    }

    private void check(Ciphertext a, Ciphertext b) {
        check(a);
        check(b);
        KeyId.requireSame(a.keyId(), b.keyId(), "second operand");
    }

    private void check(Ciphertext a) {
        ParameterMismatchException.requireSame(params, a.params(), "ciphertext");
        if (!a.isNtt()) throw new IllegalArgumentException("CKKS ciphertexts must be in the NTT domain");
    }

    private void checkPlain(Plaintext p, Ciphertext a) {
        ParameterMismatchException.requireSame(params, p.params(), "plaintext");
        if (!p.isNtt()) throw new IllegalArgumentException("CKKS plaintexts must be in the NTT domain");
    }

    private static void requireSameScale(double s1, double s2) {
        if (Math.abs(s1 - s2) > SCALE_TOLERANCE * Math.max(s1, s2)) {
            throw new IllegalArgumentException(String.format(
                    "scales differ (2^%.4f vs 2^%.4f): rescale or multiply by a constant to align them first",
                    Math.log(s1) / Math.log(2), Math.log(s2) / Math.log(2)));
        }
    }
}
