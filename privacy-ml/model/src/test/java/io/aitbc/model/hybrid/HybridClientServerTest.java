package io.aitbc.model.hybrid;

import static io.aitbc.model.hybrid.TestCircuits.INPUTS;
import static io.aitbc.model.hybrid.TestCircuits.PARAMS;
import static io.aitbc.model.hybrid.TestCircuits.RANGE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.model.quant.QuantizedInference;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.model.zkml.CircuitsToolchain;
import io.aitbc.zk.formats.PublicSignals;
import io.aitbc.zk.formats.SnarkjsJson;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client and server facades as REST and the CLI use them: every message goes through the binary codec,
 * the server refuses unproven keys and inputs, the client refuses unverified results unless verification
 * is not required; snarkjs (an implementation nobody here wrote) accepts our proofs.
 */
class HybridClientServerTest {

    static QuantizedModel quantized;
    static HybridModel model;
    static TestCircuits.Relation key, input, eval;

    @BeforeAll
    static void build() {
        quantized = TestCircuits.model(21);
        model = HybridModel.of(quantized, RANGE, PARAMS);
        key = TestCircuits.relation(KeyProver.circuitFor(PARAMS));
        input = TestCircuits.relation(InputProver.circuitFor(PARAMS, INPUTS, RANGE));
        eval = TestCircuits.relation(EvaluationProver.circuitFor(PARAMS, model.spec()));
    }

    private static HybridServer server() {
        return new HybridServer(PARAMS, model, key.vk(), input.vk(), eval.prover(), new SecureRandom());
    }

    @Test
    void roundTripThroughTheCodec() {
        HybridClient client = HybridClient.generate(PARAMS, new SecureRandom());
        HybridServer server = server();
        HybridProof keyProof = HybridCodec.readProof(HybridCodec.write(client.proveKey(key.prover())));
        server.requireRegistrable(client.publicKey(), keyProof);
        long[] x = TestCircuits.input(new Random(31));
        EncryptedInput sent = client.encrypt(x, model.spec(), input.prover());
        EncryptedInput received = HybridCodec.readInput(HybridCodec.write(sent), PARAMS);
        EncryptedResult result = HybridCodec.readResult(HybridCodec.write(server.infer(client.publicKey(), received), PARAMS), PARAMS);
        HybridClient.Outcome out = client.open(sent, result, model.spec(), eval.vk(), true);
        assertTrue(out.verified());
        assertArrayEquals(QuantizedInference.logits(quantized, x), out.logits());
        assertEquals(QuantizedInference.predict(quantized, x), out.predictedClass());
    }

    @Test
    void theServerRefusesUnprovenKeysAndInputsAndTheClientUnverifiedResults() {
        HybridClient client = HybridClient.generate(PARAMS, new SecureRandom());
        HybridClient other = HybridClient.generate(PARAMS, new SecureRandom());
        HybridServer server = server();
        assertThrows(HybridProofException.class, () -> server.requireRegistrable(client.publicKey(), other.proveKey(key.prover())));
        assertThrows(HybridProofException.class, () -> server.infer(client.publicKey(), null), "missing input proof");
        long[] x = TestCircuits.input(new Random(32));
        EncryptedInput sent = client.encrypt(x, model.spec(), input.prover());
        EncryptedInput borrowed = new EncryptedInput(sent.ciphertext(), client.encrypt(x, model.spec(), input.prover()).proof());
        assertThrows(HybridProofException.class, () -> server.infer(client.publicKey(), borrowed), "another ciphertext's proof");

        EncryptedResult result = server.infer(client.publicKey(), sent);
        BigInteger[] beta = result.beta();
        beta[1] = beta[1].add(BigInteger.ONE);
        EncryptedResult tampered = new EncryptedResult(result.parametersId(), result.keyId(), result.c1(), beta, result.proof());
        assertThrows(HybridProofException.class, () -> client.open(sent, tampered, model.spec(), eval.vk(), true));
        // verificationRequired=false skips proof 2 only: the result still decrypts, marked unverified
        HybridClient.Outcome unchecked = client.open(sent, result, model.spec(), null, false);
        assertFalse(unchecked.verified());
        assertArrayEquals(QuantizedInference.logits(quantized, x), unchecked.logits());
        assertThrows(HybridProofException.class, () -> other.open(sent, result, model.spec(), null, false), "another key's result");
    }

    @Test
    void malformedMessagesAreRejectedWithAReason() {
        HybridClient client = HybridClient.generate(PARAMS, new SecureRandom());
        EncryptedInput sent = client.encrypt(TestCircuits.input(new Random(33)), model.spec(), input.prover());
        byte[] bytes = HybridCodec.write(sent);
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 9);
        assertThrows(HybridFormatException.class, () -> HybridCodec.readInput(truncated, PARAMS));
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 1;
        HybridFormatException e = assertThrows(HybridFormatException.class, () -> HybridCodec.readInput(flipped, PARAMS));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
        assertThrows(HybridFormatException.class, () -> HybridCodec.readProof(bytes), "an input is not a proof");
        assertThrows(HybridFormatException.class, () -> HybridCodec.readInput(new byte[] {'A', 'H', 'Y', 'B'}, PARAMS));
        HybridParameters otherSet = HybridParameters.insecureForTesting(64);
        assertThrows(HybridFormatException.class, () -> HybridCodec.readInput(bytes, otherSet), "another parameter set");
    }

    @Test
    void snarkjsVerifiesOurKeyProof(@TempDir Path dir) throws Exception {
        HybridClient client = HybridClient.generate(PARAMS, new SecureRandom());
        HybridProof proof = client.proveKey(key.prover());
        List<BigInteger> signals = new KeyStatement(PARAMS, new PublicKeyIntegers(PARAMS, client.publicKey()), proof.commitment()).publicSignals();
        SnarkjsJson.write(dir.resolve("vk.json"), key.vk());
        SnarkjsJson.write(dir.resolve("proof.json"), proof.proof());
        SnarkjsJson.write(dir.resolve("public.json"), PublicSignals.ofIntegers(signals));
        assertTrue(snarkjsVerifies(dir), "snarkjs rejected our proof");
        List<BigInteger> changed = new java.util.ArrayList<>(signals);
        changed.set(1, changed.get(1).add(BigInteger.ONE)); // another challenge z
        SnarkjsJson.write(dir.resolve("public.json"), PublicSignals.ofIntegers(changed));
        assertFalse(snarkjsVerifies(dir), "snarkjs accepted a changed statement");
    }

    private static boolean snarkjsVerifies(Path dir) throws Exception {
        CircuitsToolchain tc = CircuitsToolchain.locate();
        Process p = new ProcessBuilder(tc.node(), tc.snarkjsCli().toString(), "groth16", "verify",
                dir.resolve("vk.json").toString(), dir.resolve("public.json").toString(), dir.resolve("proof.json").toString())
                .directory(tc.dir().toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        Files.writeString(dir.resolve("snarkjs.log"), out);
        return code == 0 && out.contains("OK");
    }
}
