package io.aitbc.fhe.bfv;

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
 * Homomorphic integer arithmetic mod t on BFV ciphertexts (NTT domain, always at the top level: this
 * implementation does not switch moduli). Multiplication is full-RNS: each input is lifted from Q to
 * Q+B (B the auxiliary basis of {@link BfvTables}) with a floating-point-corrected basis extension,
 * the tensor product is taken over Q+B, scaled by t/Q with rounding (exact extension of the remainder)
 * and brought back from B to Q exactly. Results are new ciphertexts. Thread-safe.
 */
public final class BfvEvaluator {

    private final BfvParameters params;
    private final BfvTables tables;
    private final Ring ringQ;
    private final Ring ringB;
    private final Parallelism parallelism;
    private final CiphertextArithmetic arithmetic;
    private final KeySwitchingEvaluator keySwitching;

    public BfvEvaluator(BfvParameters params, EvaluationKeys keys, Parallelism parallelism) {
        this.params = params;
        this.tables = BfvTables.of(params);
        this.parallelism = parallelism;
        this.ringQ = tables.ringQ.withParallelism(parallelism);
        this.ringB = tables.ringB.withParallelism(parallelism);
        this.arithmetic = new CiphertextArithmetic(ringQ);
        this.keySwitching = new KeySwitchingEvaluator(params, keys, parallelism);
    }

    public BfvEvaluator(BfvParameters params) {
        this(params, null, Parallelism.SEQUENTIAL);
    }

    public BfvParameters params() { return params; }

    public Ciphertext add(Ciphertext a, Ciphertext b) {
        return linear(a, b, true);
    }

    public Ciphertext sub(Ciphertext a, Ciphertext b) {
        return linear(a, b, false);
    }

    /** acc += b, modifying {@code acc} (a ciphertext the caller owns); b's degree must not exceed acc's. */
    public void addInPlace(Ciphertext acc, Ciphertext b) {
        check(acc, b);
        arithmetic.addInPlace(acc, b);
    }

    private Ciphertext linear(Ciphertext a, Ciphertext b, boolean add) {
        check(a, b);
        return a.derive(arithmetic.combine(a, b, ringQ.size(), add), 1.0);
    }

    public Ciphertext negate(Ciphertext a) {
        check(a);
        return a.derive(arithmetic.negate(a), 1.0);
    }

    public Ciphertext addPlain(Ciphertext a, BfvPlaintext p) {
        return plainShift(a, p, true);
    }

    public Ciphertext subPlain(Ciphertext a, BfvPlaintext p) {
        return plainShift(a, p, false);
    }

    private Ciphertext plainShift(Ciphertext a, BfvPlaintext p, boolean add) {
        check(a);
        p.check(params);
        RnsPoly[] out = a.copies();
        RnsPoly dm = BfvEncryptor.scaledMessage(tables, p);
        if (add) ringQ.add(out[0], dm, out[0]);
        else ringQ.sub(out[0], dm, out[0]);
        return a.derive(out, 1.0);
    }

    /** A plaintext prepared for repeated {@link #multiplyPlain} (centered lift to Q, NTT domain). */
    public Plaintext prepareMultiplicand(BfvPlaintext p) {
        p.check(params);
        long[] centered = p.coefficients();
        for (int c = 0; c < centered.length; c++) centered[c] = tables.t.center(centered[c]);
        RnsPoly m = ringQ.newPoly();
        ringQ.setSmall(centered, m);
        ringQ.ntt(m);
        return new Plaintext(params, m, 1.0, true);
    }

    public Ciphertext multiplyPlain(Ciphertext a, BfvPlaintext p) {
        return multiplyPlain(a, prepareMultiplicand(p));
    }

    public Ciphertext multiplyPlain(Ciphertext a, Plaintext prepared) {
        check(a);
        ParameterMismatchException.requireSame(params, prepared.params(), "plaintext");
        return a.derive(arithmetic.multiplyPoly(a, prepared.poly(), ringQ.size()), 1.0);
    }

    /** Multiplies every slot by the integer k (mod t). */
    public Ciphertext multiplyInteger(Ciphertext a, long k) {
        check(a);
        return a.derive(arithmetic.multiplyInteger(a, tables.t.center(tables.t.reduce(k))), 1.0);
    }

    /** The degree-2 product round(t/Q * (a x b)). */
    public Ciphertext multiply(Ciphertext a, Ciphertext b) {
        check(a, b);
        if (a.degree() != 1 || b.degree() != 1) throw new IllegalArgumentException("relinearize before multiplying again");
        RnsPoly[] aB = {liftToB(a.poly(0)), liftToB(a.poly(1))};
        RnsPoly[] bB = aB;
        if (a != b) bB = new RnsPoly[] {liftToB(b.poly(0)), liftToB(b.poly(1))};
        RnsPoly[] eq = CiphertextArithmetic.tensor(ringQ, a.poly(0), a.poly(1), b.poly(0), b.poly(1), ringQ.size());
        RnsPoly[] eb = CiphertextArithmetic.tensor(ringB, aB[0], aB[1], bB[0], bB[1], ringB.size());
        RnsPoly[] out = new RnsPoly[3];
        for (int i = 0; i < 3; i++) out[i] = scaleDown(eq[i], eb[i]);
        return a.derive(out, 1.0);
    }

    public Ciphertext relinearize(Ciphertext a) {
        check(a);
        return keySwitching.relinearize(a);
    }

    public Ciphertext multiplyRelin(Ciphertext a, Ciphertext b) {
        return keySwitching.relinearize(multiply(a, b));
    }

    /** Rotates both rows left by {@code steps} (negative: right). */
    public Ciphertext rotateRows(Ciphertext a, int steps) {
        check(a);
        return keySwitching.rotate(a, steps, "row rotation");
    }

    /** Several row rotations sharing one key-switching decomposition. */
    public Map<Integer, Ciphertext> rotateRowsHoisted(Ciphertext a, int... steps) {
        check(a);
        return keySwitching.rotateHoisted(a, "row rotation", steps);
    }

    /** Swaps the two rows (the "column rotation"). */
    public Ciphertext rotateColumns(Ciphertext a) {
        check(a);
        return keySwitching.automorphism(a, GaloisElements.conjugation(params.rlwe().n()), "column rotation (row swap)");
    }

    public KeySwitchingEvaluator keySwitching() { return keySwitching; }

    /** Centered lift of an NTT-domain Q polynomial to B, returned in the NTT domain over B. */
    private RnsPoly liftToB(RnsPoly xNtt) {
        int n = params.rlwe().n();
        RnsPoly coeff = xNtt.copy();
        ringQ.intt(coeff);
        RnsPoly xb = ringB.newPoly();
        tables.qToB.convert(BfvTables.limbs(coeff), BfvTables.limbs(xb), new long[coeff.limbCount()][n], true, parallelism);
        ringB.ntt(xb);
        return xb;
    }

    /**
     * round(t*e/Q) for e given over Q and B (NTT domain, consumed): z = (t*e - [t*e]_Q)/Q computed in B,
     * then extended exactly to Q (|z| is far below B/2). Returns z over Q in the NTT domain.
     */
    private RnsPoly scaleDown(RnsPoly eq, RnsPoly eb) {
        int n = params.rlwe().n();
        ringQ.intt(eq);
        ringB.intt(eb);
        ringQ.mulScalarPerLimb(eq, tables.tModQ, eq);
        ringB.mulScalarPerLimb(eb, tables.tModB, eb);
        RnsPoly remainder = ringB.newPoly();
        tables.qToB.convert(BfvTables.limbs(eq), BfvTables.limbs(remainder), new long[eq.limbCount()][n], true, parallelism);
        ringB.sub(eb, remainder, eb);
        ringB.mulScalarPerLimb(eb, tables.qInverseModB, eb);
        RnsPoly z = ringQ.newPoly();
        tables.bToQ.convert(BfvTables.limbs(eb), BfvTables.limbs(z), new long[eb.limbCount()][n], true, parallelism);
        ringQ.ntt(z);
        return z;
    }

    private void check(Ciphertext a, Ciphertext b) {
        check(a);
        check(b);
        KeyId.requireSame(a.keyId(), b.keyId(), "second operand");
    }

    private void check(Ciphertext a) {
        ParameterMismatchException.requireSame(params, a.params(), "ciphertext");
        if (!a.isNtt() || a.level() != params.rlwe().maxLevel()) {
            throw new IllegalArgumentException("BFV ciphertexts are NTT-domain and at the top level");
        }
    }
}
