package io.aitbc.model.hybrid;

import io.aitbc.fhe.ring.AesCtrPrng;
import io.aitbc.fhe.ring.Prng;
import io.aitbc.fhe.ring.Sampler;
import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.zk.groth16.ProofResult;
import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Server side of an inference: evaluates the committed dense layer on a (verified) input ciphertext by one
 * plaintext-ciphertext product with the weight polynomial v, adds Delta bias at the output positions,
 * re-randomizes with a fresh encryption of zero (u, e1; its c0 noise is subsumed by the flooding), floods
 * the returned coefficients of c0 with uniform noise in [-2^floodExponent, 2^floodExponent), and proves the
 * result (docs/HYBRID.md §3-4). Only c1' and c0' at the output positions leave the server.
 */
public final class EvaluationProver {

    private final HybridParameters params;
    private final HybridModel model;
    private final EvalRelation relation;
    private final ProvingCircuit circuit;

    public EvaluationProver(HybridParameters params, HybridModel model, ProvingCircuit circuit) {
        this.params = params;
        this.model = model;
        this.relation = new EvalRelation(params, model.spec());
        this.circuit = circuit;
    }

    public static CircuitMain circuitFor(HybridParameters params, ModelSpec spec) {
        return new EvalRelation(params, spec).main();
    }

    /** Evaluates and proves; the caller has verified the input proof (see {@link HybridServer}). */
    public EncryptedResult evaluate(PublicKey pk, EncryptedInput input, SecureRandom random) {
        PublicKeyIntegers key = new PublicKeyIntegers(params, pk);
        CiphertextIntegers in = new CiphertextIntegers(params, key, input.ciphertext());
        ModelSpec spec = model.spec();
        int n = params.n();
        BigInteger q = params.q();
        Prng prng = AesCtrPrng.fresh(random);
        long[] u = Sampler.ternary(prng, n);
        long[] e1 = Sampler.gaussian(prng, params.bfv().rlwe().gaussian(), n);
        BigInteger flood = BigInteger.ONE.shiftLeft(relation.floodExponent());
        BigInteger[] f = new BigInteger[spec.outputs()];
        for (int i = 0; i < f.length; i++) f[i] = new BigInteger(relation.floodExponent() + 1, random).subtract(flood);

        long[] v = model.weightPolynomial(n);
        ExactMultiplier byWeights = new ExactMultiplier(n, q.bitLength(), spec.weightBits());
        ExactMultiplier byTernary = new ExactMultiplier(n, q.bitLength(), 1);
        BigInteger[] c1v = byWeights.multiply(in.c1(), v), c0v = byWeights.multiply(in.c0(), v);
        BigInteger[] au = byTernary.multiply(key.a(), u), bu = byTernary.multiply(key.b(), u);

        BigInteger[] c1out = new BigInteger[n];
        long[] k1 = new long[n];
        for (int j = 0; j < n; j++) {
            BigInteger rest = c1v[j].add(au[j]).add(BigInteger.valueOf(e1[j]));
            c1out[j] = Residues.centered(rest, q);
            k1[j] = Residues.quotient(c1out[j], rest, q);
        }
        long[] bias = model.bias();
        BigInteger[] beta = new BigInteger[spec.outputs()];
        long[] kappa = new long[spec.outputs()];
        for (int i = 0; i < beta.length; i++) {
            int p = spec.outputPosition(i);
            BigInteger rest = c0v[p].add(params.delta().multiply(BigInteger.valueOf(bias[i]))).add(bu[p]).add(f[i]);
            beta[i] = Residues.centered(rest, q);
            kappa[i] = Residues.quotient(beta[i], rest, q);
        }
        BigInteger salt = Residues.salt(random);
        BigInteger commitment = new WitnessPacking().ternary(u).signed(e1, HybridParameters.NOISE_BITS)
                .signed(k1, relation.quotientBits()).signed(f, relation.floodExponent() + 1).signed(kappa, relation.kappaBits())
                .commitment(salt);
        EvalStatement statement = new EvalStatement(params, spec, key, in, c1out, beta, commitment);
        WitnessInputs inputs = statement.publicInputs().put("weights", model.weights()).put("bias", bias)
                .put("u", u).put("e1", e1).put("k1", k1).put("f", f).put("kappa", kappa).put("salt", salt);
        ProofResult r = circuit.prove(inputs.asMap(), statement.publicSignals(), random);
        return new EncryptedResult(params.bfv().id(), pk.keyId(), c1out, beta, new HybridProof(r.proof(), commitment));
    }
}
