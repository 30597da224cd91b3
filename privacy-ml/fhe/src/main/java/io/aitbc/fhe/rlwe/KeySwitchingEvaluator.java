package io.aitbc.fhe.rlwe;

import io.aitbc.fhe.ring.Parallelism;
import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;

/**
 * The operations that need evaluation keys, shared by CKKS and BFV: relinearization and Galois
 * automorphisms (rotations, conjugation), including hoisted ones. Works on NTT-domain ciphertexts.
 */
public final class KeySwitchingEvaluator {

    private final SchemeParameters params;
    private final EvaluationKeys keys;
    private final KeySwitcher switcher;
    private final Ring ringQ;
    private final Ring ringP;

    public KeySwitchingEvaluator(SchemeParameters params, EvaluationKeys keys, Parallelism parallelism) {
        if (keys != null) ParameterMismatchException.requireSame(params, keys.params(), "evaluation keys");
        this.params = params;
        this.keys = keys;
        this.switcher = new KeySwitcher(params.rlwe(), parallelism);
        this.ringQ = params.rlwe().ringQ().withParallelism(parallelism);
        this.ringP = params.rlwe().ringP().withParallelism(parallelism);
    }

    public KeySwitcher switcher() { return switcher; }

    private EvaluationKeys keys() {
        if (keys == null) throw new MissingKeyException("this evaluator was built without evaluation keys");
        return keys;
    }

    /** (c0, c1, c2) -> (c0 + d0, c1 + d1) with d0 + d1*s = c2*s^2 + error. */
    public Ciphertext relinearize(Ciphertext ct) {
        requireNtt(ct);
        if (ct.degree() == 1) return ct;
        if (ct.degree() != 2) throw new IllegalArgumentException("relinearization needs degree 2, got " + ct.degree());
        RnsPoly[] d = switcher.switchKey(ct.poly(2), keys().relinearizationKey().key());
        ringQ.add(ct.poly(0), d[0], d[0]);
        ringQ.add(ct.poly(1), d[1], d[1]);
        return ct.derive(d, ct.scale());
    }

    /** The automorphism X -> X^g of the message. */
    public Ciphertext automorphism(Ciphertext ct, long galoisElement, String purpose) {
        requireDegreeOne(ct);
        return automorphismHoisted(ct, decompose(ct), galoisElement, purpose);
    }

    /** Left rotation of the slots (CKKS) / rows (BFV) by {@code steps}; {@code what} names it in errors. */
    public Ciphertext rotate(Ciphertext ct, int steps, String what) {
        long g = GaloisElements.forRotation(params.rlwe().n(), steps);
        if (g == 1) return ct.derive(ct.copies(), ct.scale());
        return automorphism(ct, g, what + " by " + steps);
    }

    /** Several rotations of one ciphertext sharing a single decomposition of c1. */
    public java.util.Map<Integer, Ciphertext> rotateHoisted(Ciphertext ct, String what, int... steps) {
        KeySwitcher.Decomposition d = decompose(ct);
        java.util.Map<Integer, Ciphertext> out = new java.util.LinkedHashMap<>();
        for (int s : steps) {
            long g = GaloisElements.forRotation(params.rlwe().n(), s);
            out.put(s, g == 1 ? ct.derive(ct.copies(), ct.scale()) : automorphismHoisted(ct, d, g, what + " by " + s));
        }
        return out;
    }

    /** Decomposition of c1, to share between several {@link #automorphismHoisted} calls. */
    public KeySwitcher.Decomposition decompose(Ciphertext ct) {
        requireDegreeOne(ct);
        return switcher.decompose(ct.poly(1));
    }

    public Ciphertext automorphismHoisted(Ciphertext ct, KeySwitcher.Decomposition d, long galoisElement, String purpose) {
        requireDegreeOne(ct);
        checkDecomposition(ct, d);
        GaloisKey key = keys().galoisKey(galoisElement, purpose);
        KeySwitcher.Extended e = switcher.innerProduct(d, key.key());
        RnsPoly d0 = switcher.modDown(e.q0(), e.p0());
        RnsPoly d1 = switcher.modDown(e.q1(), e.p1());
        ringQ.add(d0, ct.poly(0), d0);
        RnsPoly r0 = ringQ.newPoly(d0.limbCount()), r1 = ringQ.newPoly(d1.limbCount());
        ringQ.automorphismNtt(d0, galoisElement, r0);
        ringQ.automorphismNtt(d1, galoisElement, r1);
        return ct.derive(new RnsPoly[] {r0, r1}, ct.scale());
    }

    /**
     * Like {@link #automorphismHoisted} but stays in QP (the result is P times the rotated ciphertext):
     * several of them may be multiplied by QP plaintexts and summed before one {@link #modDown}.
     */
    public KeySwitcher.Extended automorphismHoistedLazy(Ciphertext ct, KeySwitcher.Decomposition d, long galoisElement,
                                                        String purpose) {
        requireDegreeOne(ct);
        checkDecomposition(ct, d);
        GaloisKey key = keys().galoisKey(galoisElement, purpose);
        KeySwitcher.Extended e = switcher.innerProduct(d, key.key());
        RnsPoly pc0 = ringQ.newPoly(ct.level() + 1);
        ringQ.mulScalarPerLimb(ct.poly(0), switcher.pModQ(), pc0);
        ringQ.add(e.q0(), pc0, e.q0());
        RnsPoly q0 = ringQ.newPoly(pc0.limbCount()), q1 = ringQ.newPoly(pc0.limbCount());
        RnsPoly p0 = ringP.newPoly(), p1 = ringP.newPoly();
        ringQ.automorphismNtt(e.q0(), galoisElement, q0);
        ringQ.automorphismNtt(e.q1(), galoisElement, q1);
        ringP.automorphismNtt(e.p0(), galoisElement, p0);
        ringP.automorphismNtt(e.p1(), galoisElement, p1);
        return new KeySwitcher.Extended(q0, p0, q1, p1);
    }

    /** An all-zero QP accumulator at {@code level}, for sums of lazy hoisted rotations. */
    public KeySwitcher.Extended zeroExtended(int level) {
        return new KeySwitcher.Extended(ringQ.newPoly(level + 1), ringP.newPoly(), ringQ.newPoly(level + 1), ringP.newPoly());
    }

    /**
     * acc += x * (plainQ, plainP) in QP, NTT domain: one term of a baby-step giant-step sum whose rotations
     * stay in QP until a single {@link #modDown}. plainQ spans at least acc's Q limbs, plainP all P primes.
     */
    public void mulAddExtended(KeySwitcher.Extended acc, KeySwitcher.Extended x, RnsPoly plainQ, RnsPoly plainP) {
        ringQ.mulCoeffsAdd(x.q0(), plainQ, acc.q0());
        ringQ.mulCoeffsAdd(x.q1(), plainQ, acc.q1());
        ringP.mulCoeffsAdd(x.p0(), plainP, acc.p0());
        ringP.mulCoeffsAdd(x.p1(), plainP, acc.p1());
    }

    /** Divides an extended (QP) ciphertext by P: the end of a lazy, hoisted sum. Consumes e's P parts. */
    public Ciphertext modDown(KeySwitcher.Extended e, Ciphertext source, double scale) {
        return source.derive(new RnsPoly[] {switcher.modDown(e.q0(), e.p0()), switcher.modDown(e.q1(), e.p1())}, scale);
    }

    private void checkDecomposition(Ciphertext ct, KeySwitcher.Decomposition d) {
        if (d.level() != ct.level()) {
            throw new IllegalArgumentException("decomposition at level " + d.level() + " used for a ciphertext at level " + ct.level());
        }
    }

    private void requireNtt(Ciphertext ct) {
        ParameterMismatchException.requireSame(params, ct.params(), "ciphertext");
        if (keys != null) KeyId.requireSame(keys.keyId(), ct.keyId(), "ciphertext (for these evaluation keys)");
        if (!ct.isNtt()) throw new IllegalArgumentException("key switching needs an NTT-domain ciphertext");
    }

    private void requireDegreeOne(Ciphertext ct) {
        requireNtt(ct);
        if (ct.degree() != 1) throw new IllegalArgumentException("relinearize before rotating (degree " + ct.degree() + ")");
    }
}
