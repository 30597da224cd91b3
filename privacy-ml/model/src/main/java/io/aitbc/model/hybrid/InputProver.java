package io.aitbc.model.hybrid;

import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.rlwe.EncryptionWitness;
import io.aitbc.fhe.rlwe.Encryptor;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.zk.groth16.ProofResult;
import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Client side of an inference request: encrypts the quantized input with coefficient encoding (x_j at X^j,
 * scaled by Delta) under the client's public key and proves the ciphertext fresh and in range (docs/HYBRID.md §2).
 */
public final class InputProver {

    private final HybridParameters params;
    private final InputRelation relation;
    private final ProvingCircuit circuit;

    public InputProver(HybridParameters params, int inputs, InputRange range, ProvingCircuit circuit) {
        this.params = params;
        this.relation = new InputRelation(params, inputs, range);
        this.circuit = circuit;
    }

    public static CircuitMain circuitFor(HybridParameters params, int inputs, InputRange range) {
        return new InputRelation(params, inputs, range).main();
    }

    public EncryptedInput encrypt(long[] x, PublicKey pk, SecureRandom random) {
        int n = params.n();
        BigInteger[] scaled = scaled(x);
        Encryptor.Witnessed enc = encryptOnly(scaled, pk, random);
        PublicKeyIntegers key = new PublicKeyIntegers(params, pk);
        CiphertextIntegers ct = new CiphertextIntegers(params, key, enc.ciphertext());
        EncryptionWitness wit = enc.witness();
        long[] u = wit.u(), e0 = wit.e0(), e1 = wit.e1();
        ExactMultiplier mul = new ExactMultiplier(n, params.q().bitLength(), 1);
        BigInteger[] bu = mul.multiply(key.b(), u), au = mul.multiply(key.a(), u);
        long[] k0 = new long[n], k1 = new long[n];
        for (int j = 0; j < n; j++) {
            k0[j] = Residues.quotient(ct.c0()[j], bu[j].add(BigInteger.valueOf(e0[j])).add(scaled[j]), params.q());
            k1[j] = Residues.quotient(ct.c1()[j], au[j].add(BigInteger.valueOf(e1[j])), params.q());
        }
        BigInteger salt = Residues.salt(random);
        int kBits = relation.quotientBits();
        BigInteger commitment = new WitnessPacking().ternary(u).signed(e0, HybridParameters.NOISE_BITS).signed(e1, HybridParameters.NOISE_BITS)
                .bounded(x, relation.range().lo(), relation.range().hi()).signed(k0, kBits).signed(k1, kBits).commitment(salt);
        InputStatement statement = new InputStatement(params, relation, key, ct, commitment);
        WitnessInputs inputs = statement.publicInputs().put("u", u).put("e0", e0).put("e1", e1).put("m", x)
                .put("k0", k0).put("k1", k1).put("salt", salt);
        ProofResult r = circuit.prove(inputs.asMap(), statement.publicSignals(), random);
        return new EncryptedInput(enc.ciphertext(), new HybridProof(r.proof(), commitment));
    }

    /** Delta m with m = x at X^0..X^(n-1): the plaintext of {@link #encrypt}. */
    private BigInteger[] scaled(long[] x) {
        if (x.length != relation.inputs()) throw new IllegalArgumentException("expected " + relation.inputs() + " inputs, got " + x.length);
        BigInteger[] scaled = new BigInteger[params.n()];
        for (int j = 0; j < scaled.length; j++) {
            long m = j < x.length ? x[j] : 0;
            if (j < x.length && !relation.range().contains(m)) {
                throw new IllegalArgumentException("input " + j + " = " + m + " is outside " + relation.range());
            }
            scaled[j] = params.delta().multiply(BigInteger.valueOf(m));
        }
        return scaled;
    }

    private Encryptor.Witnessed encryptOnly(BigInteger[] scaled, PublicKey pk, SecureRandom random) {
        Ring ringQ = params.bfv().rlwe().ringQ();
        return Encryptor.withPublicKey(pk, random)
                .encryptWithWitness(params.bfv().rlwe().maxLevel(), 1.0, new Crt(params.bfv().rlwe().q()).residues(scaled, ringQ));
    }

    /**
     * The same honest encryption without the input proof (for {@link HybridBenchmark}, which times the evaluation
     * before the input circuit exists): the evaluation neither reads nor needs the input proof.
     */
    static Ciphertext encryptUnproven(HybridParameters params, int inputs, InputRange range, long[] x, PublicKey pk,
                                      SecureRandom random) {
        InputProver p = new InputProver(params, inputs, range, null);
        return p.encryptOnly(p.scaled(x), pk, random).ciphertext();
    }
}
