package io.aitbc.fhe.rlwe;

import io.aitbc.fhe.ring.Modulus;
import io.aitbc.fhe.ring.Prng;
import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;
import io.aitbc.fhe.ring.Sampler;
import io.aitbc.fhe.ring.AesCtrPrng;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/** Generates secret, public and evaluation keys from a SecureRandom (through SHAKE256 streams). */
public final class KeyGenerator {

    private final SchemeParameters params;
    private final RlweParameters rlwe;
    private final SecureRandom random;

    public KeyGenerator(SchemeParameters params, SecureRandom random) {
        this.params = params;
        this.rlwe = params.rlwe();
        this.random = random;
    }

    public KeyGenerator(SchemeParameters params) {
        this(params, new SecureRandom());
    }

    public SecretKey secretKey() {
        return new SecretKey(params, Sampler.ternary(AesCtrPrng.fresh(random), rlwe.n()));
    }

    /** (b, a) with b = -a*s + e over Q. */
    public PublicKey publicKey(SecretKey sk) {
        check(sk);
        Ring rq = rlwe.ringQ();
        byte[] seed = AesCtrPrng.newSeed(random);
        RnsPoly a = PublicPolynomials.expandQ(rlwe, seed, "pk", rlwe.qCount());
        RnsPoly b = rq.newPoly();
        setError(AesCtrPrng.fresh(random), rq, b);
        rq.ntt(b);
        RnsPoly as = rq.newPoly();
        rq.mulCoeffs(a, sk.nttQ(), as);
        rq.sub(b, as, b);
        return new PublicKey(params, sk.keyId(), b, seed);
    }

    public RelinearizationKey relinearizationKey(SecretKey sk) {
        check(sk);
        RnsPoly s2q = rlwe.ringQ().newPoly();
        rlwe.ringQ().mulCoeffs(sk.nttQ(), sk.nttQ(), s2q);
        return new RelinearizationKey(switchingKey(sk.keyId(), s2q, sk.nttQ(), sk.nttP(), RelinearizationKey.LABEL));
    }

    /** Key for X -> X^g (see {@link GaloisKey} for its form). */
    public GaloisKey galoisKey(SecretKey sk, long galoisElement) {
        check(sk);
        long inv = GaloisElements.inverse(rlwe.n(), galoisElement);
        RnsPoly outQ = rlwe.ringQ().newPoly();
        RnsPoly outP = rlwe.ringP().newPoly();
        rlwe.ringQ().automorphismNtt(sk.nttQ(), inv, outQ);
        rlwe.ringP().automorphismNtt(sk.nttP(), inv, outP);
        return new GaloisKey(galoisElement, switchingKey(sk.keyId(), sk.nttQ(), outQ, outP, GaloisKey.label(galoisElement)));
    }

    /** Galois keys for left rotations by each of {@code steps} (CKKS slots or BFV rows). */
    public List<GaloisKey> rotationKeys(SecretKey sk, int... steps) {
        List<GaloisKey> keys = new ArrayList<>();
        for (int step : steps) keys.add(galoisKey(sk, GaloisElements.forRotation(rlwe.n(), step)));
        return keys;
    }

    public GaloisKey conjugationKey(SecretKey sk) {
        return galoisKey(sk, GaloisElements.conjugation(rlwe.n()));
    }

    /** Relinearization key plus rotation keys for the given steps (and conjugation if asked). */
    public EvaluationKeys evaluationKeys(SecretKey sk, boolean conjugation, int... rotationSteps) {
        List<GaloisKey> g = rotationKeys(sk, rotationSteps);
        if (conjugation) g.add(conjugationKey(sk));
        return new EvaluationKeys(params, sk.keyId(), relinearizationKey(sk), g);
    }

    /**
     * b_j = -a_j*s_out + e_j + P*g_j*s_in for every digit j. s_in is given over Q only (the P*g_j term
     * vanishes modulo the P primes); s_out over Q and P.
     */
    private SwitchingKey switchingKey(KeyId keyId, RnsPoly sInQ, RnsPoly sOutQ, RnsPoly sOutP, String label) {
        Ring rq = rlwe.ringQ();
        Ring rp = rlwe.ringP();
        int digits = rlwe.digits(rlwe.maxLevel());
        int alpha = rlwe.pCount();
        long[] pModQ = new long[rlwe.qCount()];
        for (int i = 0; i < pModQ.length; i++) {
            Modulus qi = rq.modulus(i);
            long prod = 1;
            for (long p : rlwe.p()) prod = qi.mul(prod, qi.reduce(p));
            pModQ[i] = prod;
        }
        byte[] seed = AesCtrPrng.newSeed(random);
        Prng noise = AesCtrPrng.fresh(random);
        RnsPoly[][] a = SwitchingKey.expand(params, seed, label, digits);
        RnsPoly[] bQ = new RnsPoly[digits];
        RnsPoly[] bP = new RnsPoly[digits];
        RnsPoly tmpQ = rq.newPoly();
        RnsPoly tmpP = rp.newPoly();
        for (int j = 0; j < digits; j++) {
            long[] e = Sampler.gaussian(noise, rlwe.gaussian(), rlwe.n());
            bQ[j] = rq.newPoly();
            bP[j] = rp.newPoly();
            rq.setSmall(e, bQ[j]);
            rp.setSmall(e, bP[j]);
            rq.ntt(bQ[j]);
            rp.ntt(bP[j]);
            rq.mulCoeffs(a[0][j], sOutQ, tmpQ);
            rq.sub(bQ[j], tmpQ, bQ[j]);
            rp.mulCoeffs(a[1][j], sOutP, tmpP);
            rp.sub(bP[j], tmpP, bP[j]);
            for (int i = j * alpha; i < Math.min((j + 1) * alpha, rlwe.qCount()); i++) {
                Modulus qi = rq.modulus(i);
                long w = pModQ[i], wp = qi.shoup(w);
                long[] s = sInQ.limb(i), b = bQ[j].limb(i);
                for (int c = 0; c < b.length; c++) b[c] = qi.add(b[c], qi.mulShoup(s[c], w, wp));
            }
        }
        return new SwitchingKey(params, keyId, bQ, bP, a, seed, label);
    }

    private void setError(Prng prng, Ring ring, RnsPoly out) {
        ring.setSmall(Sampler.gaussian(prng, rlwe.gaussian(), rlwe.n()), out);
    }

    private void check(SecretKey sk) {
        ParameterMismatchException.requireSame(params, sk.params(), "secret key");
    }
}
