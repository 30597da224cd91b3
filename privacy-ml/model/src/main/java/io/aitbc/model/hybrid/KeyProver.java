package io.aitbc.model.hybrid;

import io.aitbc.fhe.rlwe.KeyId;
import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.fhe.rlwe.SecretKey;
import io.aitbc.zk.groth16.ProofResult;
import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Client side of key registration: proves that a public key is b = -a s + e mod Q for a ternary s and noise e
 * in the proven range (the server's output flooding relies on it, docs/HYBRID.md §4). The secret key stays
 * on the client; the proof reveals nothing about it beyond the statement (Groth16 zero knowledge, hiding
 * commitment).
 */
public final class KeyProver {

    private final HybridParameters params;
    private final KeyRelation relation;
    private final ProvingCircuit circuit;

    public KeyProver(HybridParameters params, ProvingCircuit circuit) {
        this.params = params;
        this.relation = new KeyRelation(params);
        this.circuit = circuit;
    }

    /** The relation's circuit, to build or look up its artifacts. */
    public static CircuitMain circuitFor(HybridParameters params) {
        return new KeyRelation(params).main();
    }

    public HybridProof prove(SecretKey sk, PublicKey pk, SecureRandom random) {
        KeyId.requireSame(sk.keyId(), pk.keyId(), "public key");
        PublicKeyIntegers key = new PublicKeyIntegers(params, pk);
        int n = params.n();
        long[] s = sk.coefficients();
        BigInteger[] as = new ExactMultiplier(n, params.q().bitLength(), 1).multiply(key.a(), s);
        BigInteger q = params.q();
        long[] e = new long[n];
        long[] k = new long[n];
        for (int j = 0; j < n; j++) {
            BigInteger sum = key.b()[j].add(as[j]); // b + a s = e + Q k
            BigInteger r = Residues.centered(sum, q);
            e[j] = r.longValueExact();
            k[j] = Residues.quotient(sum, r, q);
        }
        BigInteger salt = Residues.salt(random);
        BigInteger commitment = new WitnessPacking().ternary(s).signed(e, HybridParameters.NOISE_BITS)
                .signed(k, relation.quotientBits()).commitment(salt);
        KeyStatement statement = new KeyStatement(params, key, commitment);
        WitnessInputs inputs = statement.publicInputs().put("s", s).put("e", e).put("k", k).put("salt", salt);
        ProofResult r = circuit.prove(inputs.asMap(), statement.publicSignals(), random);
        return new HybridProof(r.proof(), commitment);
    }
}
