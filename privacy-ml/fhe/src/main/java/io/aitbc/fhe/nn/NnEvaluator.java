package io.aitbc.fhe.nn;

import io.aitbc.fhe.ckks.CkksEncoder;
import io.aitbc.fhe.ckks.CkksEvaluator;
import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.ring.Parallelism;
import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.EvaluationKeys;
import io.aitbc.fhe.rlwe.GaloisElements;
import io.aitbc.fhe.rlwe.KeyId;
import io.aitbc.fhe.rlwe.KeySwitcher;
import io.aitbc.fhe.rlwe.KeySwitchingEvaluator;
import io.aitbc.fhe.rlwe.MissingKeyException;
import io.aitbc.fhe.rlwe.ParameterMismatchException;
import java.util.HashMap;
import java.util.Map;

/**
 * Server-side evaluation of encrypted layers for one client's evaluation keys: linear transforms by
 * baby-step giant-step with double hoisting, rotation folds, bias additions, squares and polynomials.
 * Thread-safe (the transforms' plaintext caches are shared).
 *
 * <p>Double hoisting (Bossuat et al., Eurocrypt 2021): the input's c1 is decomposed once; every baby
 * rotation stays in QP (times P, no division); each giant step sums its plaintext products in QP, divides
 * only its c1 by P, key-switches it for the giant rotation without dividing, permutes and accumulates;
 * one division by P ends the whole transform.
 */
public final class NnEvaluator {

    private final CkksParameters params;
    private final EvaluationKeys keys;
    private final CkksEvaluator evaluator;
    private final KeySwitchingEvaluator keySwitching;
    private final KeySwitcher switcher;
    private final Ring ringQ;
    private final Ring ringP;
    private final QpEncoder qpEncoder;
    private final CkksEncoder encoder;

    public NnEvaluator(CkksParameters params, EvaluationKeys keys, Parallelism parallelism) {
        ParameterMismatchException.requireSame(params, keys.params(), "evaluation keys");
        this.params = params;
        this.keys = keys;
        this.evaluator = new CkksEvaluator(params, keys, parallelism);
        this.keySwitching = evaluator.keySwitching();
        this.switcher = keySwitching.switcher();
        this.ringQ = params.rlwe().ringQ().withParallelism(parallelism);
        this.ringP = params.rlwe().ringP().withParallelism(parallelism);
        this.qpEncoder = new QpEncoder(params);
        this.encoder = new CkksEncoder(params);
    }

    public CkksParameters params() { return params; }

    public EvaluationKeys keys() { return keys; }

    /** The scheme-level evaluator over the same keys. */
    public CkksEvaluator ckks() { return evaluator; }

    /** The rotations among {@code steps} that these keys cannot perform (empty when all are there). */
    public int[] missingRotations(int[] steps) {
        int n = params.rlwe().n();
        return java.util.Arrays.stream(steps).filter(s -> {
            long g = GaloisElements.forRotation(n, s);
            return g != 1 && !keys.hasGaloisKey(g);
        }).toArray();
    }

    /**
     * The transform applied to x, not rescaled: same level, scale x.scale() * q_level (the plaintexts are
     * encoded at the level's last prime, so that {@link #rescale} gives back exactly x's scale).
     */
    public Ciphertext apply(LinearTransform t, Ciphertext x) {
        requireInput(x);
        if (t.slots() != params.slots()) throw new IllegalArgumentException("transform for " + t.slots() + " slots, parameters have " + params.slots());
        int level = x.level();
        double ptScale = LinearTransform.plaintextScale(params, level);
        Map<Integer, QpPlaintext[]> plaintexts = t.encodedAt(level, ptScale, qpEncoder);
        KeySwitcher.Decomposition d = keySwitching.decompose(x);
        Map<Integer, KeySwitcher.Extended> babies = new HashMap<>();
        for (int b : t.plan().babySteps()) babies.put(b, b == 0 ? lift(x) : keySwitching.automorphismHoistedLazy(x, d, element(b), "rotation by " + b));
        int limbs = level + 1;
        KeySwitcher.Extended acc = zero(limbs);
        RnsPoly tq = ringQ.newPoly(limbs), tp = ringP.newPoly();
        for (Map.Entry<Integer, LinearTransform.Term[]> e : t.termsByGiant().entrySet()) {
            int giant = e.getKey();
            LinearTransform.Term[] terms = e.getValue();
            QpPlaintext[] pts = plaintexts.get(giant);
            KeySwitcher.Extended inner = zero(limbs);
            for (int i = 0; i < terms.length; i++) multiplyAdd(babies.get(terms[i].baby()), pts[i], inner);
            long g = element(giant);
            if (g == 1) {
                addInto(acc, inner);
                continue;
            }
            RnsPoly c1 = switcher.modDown(inner.q1(), inner.p1());
            KeySwitcher.Extended s = switcher.innerProduct(switcher.decompose(c1), keys.galoisKey(g, "rotation by " + giant).key());
            ringQ.add(s.q0(), inner.q0(), s.q0());
            ringP.add(s.p0(), inner.p0(), s.p0());
            permuteAdd(ringQ, s.q0(), g, tq, acc.q0());
            permuteAdd(ringQ, s.q1(), g, tq, acc.q1());
            permuteAdd(ringP, s.p0(), g, tp, acc.p0());
            permuteAdd(ringP, s.p1(), g, tp, acc.p1());
        }
        return keySwitching.modDown(acc, x, x.scale() * ptScale);
    }

    /** Divides by the level's last prime: level - 1. */
    public Ciphertext rescale(Ciphertext x) {
        return evaluator.rescale(x);
    }

    /** x + rot(x, step) + rot(x, 2 step) + ... over the whole slot vector: see {@link SlotFold}. */
    public Ciphertext fold(SlotFold fold, Ciphertext x) {
        requireInput(x);
        Ciphertext acc = x;
        for (int step : fold.rotationSteps()) acc = evaluator.add(acc, evaluator.rotate(acc, step));
        return acc;
    }

    /** Adds a slot vector (encoded at x's level and scale). */
    public Ciphertext addVector(Ciphertext x, double[] slotValues) {
        return evaluator.addPlain(x, encoder.encode(slotValues, x.level(), x.scale()));
    }

    /** x^2, relinearized and rescaled (one level). */
    public Ciphertext square(Ciphertext x) {
        requireInput(x);
        return evaluator.rescale(evaluator.multiplyRelin(x, x));
    }

    private long element(int step) {
        return GaloisElements.forRotation(params.rlwe().n(), step);
    }

    /** x as an extended ciphertext P * x (its P part is zero). */
    private KeySwitcher.Extended lift(Ciphertext x) {
        long[] pModQ = switcher.pModQ();
        RnsPoly q0 = ringQ.newPoly(x.level() + 1), q1 = ringQ.newPoly(x.level() + 1);
        ringQ.mulScalarPerLimb(x.poly(0), pModQ, q0);
        ringQ.mulScalarPerLimb(x.poly(1), pModQ, q1);
        return new KeySwitcher.Extended(q0, null, q1, null);
    }

    private KeySwitcher.Extended zero(int limbs) {
        return new KeySwitcher.Extended(ringQ.newPoly(limbs), ringP.newPoly(), ringQ.newPoly(limbs), ringP.newPoly());
    }

    private void multiplyAdd(KeySwitcher.Extended x, QpPlaintext pt, KeySwitcher.Extended acc) {
        ringQ.mulCoeffsMontgomeryAdd(x.q0(), pt.q(), acc.q0());
        ringQ.mulCoeffsMontgomeryAdd(x.q1(), pt.q(), acc.q1());
        if (x.p0() != null) {
            ringP.mulCoeffsMontgomeryAdd(x.p0(), pt.p(), acc.p0());
            ringP.mulCoeffsMontgomeryAdd(x.p1(), pt.p(), acc.p1());
        }
    }

    private void addInto(KeySwitcher.Extended acc, KeySwitcher.Extended x) {
        ringQ.add(acc.q0(), x.q0(), acc.q0());
        ringQ.add(acc.q1(), x.q1(), acc.q1());
        ringP.add(acc.p0(), x.p0(), acc.p0());
        ringP.add(acc.p1(), x.p1(), acc.p1());
    }

    private static void permuteAdd(Ring ring, RnsPoly a, long g, RnsPoly tmp, RnsPoly acc) {
        RnsPoly t = tmp.limbCount() == acc.limbCount() ? tmp : tmp.viewLimbs(acc.limbCount());
        ring.automorphismNtt(a, g, t);
        ring.add(acc, t, acc);
    }

    private void requireInput(Ciphertext x) {
        ParameterMismatchException.requireSame(params, x.params(), "ciphertext");
        KeyId.requireSame(keys.keyId(), x.keyId(), "ciphertext (for these evaluation keys)");
        if (!x.isNtt()) throw new IllegalArgumentException("CKKS ciphertexts must be in the NTT domain");
        if (x.degree() != 1) throw new IllegalArgumentException("relinearize first (degree " + x.degree() + ")");
    }

    /** Fails with {@link MissingKeyException} naming every rotation (and the relinearization key) these keys lack. */
    public void requireKeys(int[] steps, boolean relinearization, String what) {
        int[] missing = missingRotations(steps);
        if (missing.length > 0) {
            throw new MissingKeyException(what + " needs Galois keys for rotations " + java.util.Arrays.toString(missing)
                    + " that the evaluation keys do not contain");
        }
        if (relinearization && !keys.hasRelinearizationKey()) throw new MissingKeyException(what + " needs a relinearization key");
    }
}
