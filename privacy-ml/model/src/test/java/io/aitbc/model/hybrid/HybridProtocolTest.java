package io.aitbc.model.hybrid;

import static io.aitbc.model.hybrid.TestCircuits.INPUTS;
import static io.aitbc.model.hybrid.TestCircuits.PARAMS;
import static io.aitbc.model.hybrid.TestCircuits.RANGE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.fhe.ring.RnsPoly;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.KeyGenerator;
import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.fhe.rlwe.SecretKey;
import io.aitbc.model.quant.QuantizedInference;
import io.aitbc.model.quant.QuantizedModel;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole protocol on test-only parameters (N = 32): key registration, input proof, evaluation with
 * flooding and its proof, decryption equal to the quantized reference; and every tampering the issue lists
 * rejected by the party that checks it.
 */
class HybridProtocolTest {

    static final SecureRandom RANDOM = new SecureRandom();
    static QuantizedModel quantized;
    static HybridModel model;
    static TestCircuits.Relation keyRelation, inputRelation, evalRelation;
    static SecretKey sk;
    static PublicKey pk;

    @BeforeAll
    static void build() {
        quantized = TestCircuits.model(7);
        model = HybridModel.of(quantized, RANGE, PARAMS);
        keyRelation = TestCircuits.relation(KeyProver.circuitFor(PARAMS));
        inputRelation = TestCircuits.relation(InputProver.circuitFor(PARAMS, INPUTS, RANGE));
        evalRelation = TestCircuits.relation(EvaluationProver.circuitFor(PARAMS, model.spec()));
        KeyGenerator kg = new KeyGenerator(PARAMS.bfv(), RANDOM);
        sk = kg.secretKey();
        pk = kg.publicKey(sk);
    }

    private static InputVerifier inputVerifier() {
        return new InputVerifier(PARAMS, INPUTS, RANGE, inputRelation.vk());
    }

    private static EncryptedInput encrypt(long[] x) {
        return new InputProver(PARAMS, INPUTS, RANGE, inputRelation.prover()).encrypt(x, pk, RANDOM);
    }

    private static EncryptedResult evaluate(HybridModel m, EncryptedInput input) {
        return new EvaluationProver(PARAMS, m, evalRelation.prover()).evaluate(pk, input, RANDOM);
    }

    private static EvaluationVerifier evalVerifier() {
        return new EvaluationVerifier(PARAMS, model.spec(), evalRelation.vk());
    }

    @Test
    void keyRegistrationAcceptsOnlyTheProvenKey() {
        HybridProof proof = new KeyProver(PARAMS, keyRelation.prover()).prove(sk, pk, RANDOM);
        KeyVerifier verifier = new KeyVerifier(PARAMS, keyRelation.vk());
        assertTrue(verifier.verify(pk, proof));
        KeyGenerator kg = new KeyGenerator(PARAMS.bfv(), RANDOM);
        assertFalse(verifier.verify(kg.publicKey(kg.secretKey()), proof), "the proof of another key");
    }

    @Test
    void roundTripDecryptsTheQuantizedReferenceLogits() {
        Random r = new Random(11);
        for (int round = 0; round < 2; round++) {
            long[] x = TestCircuits.input(r);
            if (round == 1) java.util.Arrays.fill(x, RANGE.hi());
            EncryptedInput input = encrypt(x);
            inputVerifier().requireValid(pk, input);
            EncryptedResult result = evaluate(model, input);
            evalVerifier().requireValid(pk, input, result);
            long[] logits = new HybridDecryptor(PARAMS, sk).logits(result, model.spec());
            assertArrayEquals(QuantizedInference.logits(quantized, x), logits);
        }
    }

    @Test
    void aTamperedWeightOrAnotherModelIsRejectedByTheClient() {
        EncryptedInput input = encrypt(TestCircuits.input(new Random(12)));
        long[] w = model.weights();
        w[5] += w[5] < 127 ? 1 : -1;
        QuantizedModel tampered = TestCircuits.withWeights(quantized, w);
        HybridModel tamperedModel = HybridModel.of(tampered, RANGE, PARAMS);
        EncryptedResult result = evaluate(tamperedModel, input);
        assertFalse(evalVerifier().verify(pk, input, result), "evaluated with a tampered weight");
        HybridModel other = HybridModel.of(TestCircuits.model(8), RANGE, PARAMS);
        assertFalse(evalVerifier().verify(pk, input, evaluate(other, input)), "a proof for another model");
    }

    @Test
    void aTamperedResultOrAnotherInputIsRejectedByTheClient() {
        Random r = new Random(13);
        long[] x = TestCircuits.input(r);
        EncryptedInput input = encrypt(x);
        EncryptedResult result = evaluate(model, input);
        EvaluationVerifier verifier = evalVerifier();
        assertTrue(verifier.verify(pk, input, result));
        BigInteger[] c1 = result.c1();
        c1[5] = c1[5].add(BigInteger.ONE);
        assertFalse(verifier.verify(pk, input, new EncryptedResult(result.parametersId(), result.keyId(), c1, result.beta(), result.proof())), "c1'");
        BigInteger[] beta = result.beta();
        beta[0] = beta[0].add(PARAMS.delta()).mod(PARAMS.q());
        beta[0] = beta[0].compareTo(PARAMS.q().shiftRight(1)) > 0 ? beta[0].subtract(PARAMS.q()) : beta[0];
        EncryptedResult shifted = new EncryptedResult(result.parametersId(), result.keyId(), result.c1(), beta, result.proof());
        assertFalse(verifier.verify(pk, input, shifted), "beta_0 + Delta");
        long[] honest = new HybridDecryptor(PARAMS, sk).accumulators(result, model.spec());
        long[] forged = new HybridDecryptor(PARAMS, sk).accumulators(shifted, model.spec());
        assertTrue(forged[0] == honest[0] + 1, "without the proof the client would decrypt a changed output");
        assertFalse(verifier.verify(pk, encrypt(x), result), "the result of another input ciphertext");
    }

    @Test
    void malformedOrUnprovenInputsAreRejectedByTheServer() {
        Random r = new Random(14);
        EncryptedInput input = encrypt(TestCircuits.input(r));
        InputVerifier verifier = inputVerifier();
        assertTrue(verifier.verify(pk, input));
        // a coefficient of c0 changed after proving
        RnsPoly c0 = input.ciphertext().poly(0).copy();
        c0.limb(0)[3] = (c0.limb(0)[3] + 1) % PARAMS.bfv().rlwe().q()[0];
        Ciphertext changed = input.ciphertext().derive(new RnsPoly[] {c0, input.ciphertext().poly(1).copy()}, 1.0);
        assertFalse(verifier.verify(pk, new EncryptedInput(changed, input.proof())), "changed c0");
        // the proof of another ciphertext
        assertFalse(verifier.verify(pk, new EncryptedInput(encrypt(TestCircuits.input(r)).ciphertext(), input.proof())), "swapped proof");
        // three polynomials
        Ciphertext degree2 = input.ciphertext().derive(new RnsPoly[] {input.ciphertext().poly(0), input.ciphertext().poly(1), input.ciphertext().poly(1)}, 1.0);
        HybridProofException e = assertThrows(HybridProofException.class, () -> verifier.requireValid(pk, new EncryptedInput(degree2, input.proof())));
        assertTrue(e.getMessage().startsWith("malformed input ciphertext"), e.getMessage());
        // a ciphertext under another key
        KeyGenerator kg = new KeyGenerator(PARAMS.bfv(), RANDOM);
        PublicKey other = kg.publicKey(kg.secretKey());
        assertThrows(HybridProofException.class, () -> verifier.requireValid(other, input));
        // an input outside the model's range cannot be proven
        long[] big = TestCircuits.input(r);
        big[2] = RANGE.hi() + 1;
        assertThrows(IllegalArgumentException.class, () -> encrypt(big));
    }
}
