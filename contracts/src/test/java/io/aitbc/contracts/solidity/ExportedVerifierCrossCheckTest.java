package io.aitbc.contracts.solidity;

import io.aitbc.contracts.groth16.Groth16VerifierContract;
import io.aitbc.contracts.testing.LocalChain;
import io.aitbc.contracts.testing.ReceiptProver;
import io.aitbc.contracts.testing.SnarkjsGroth16;
import io.aitbc.contracts.tx.ContractSession;
import io.aitbc.zk.formats.SnarkjsJson;
import io.aitbc.zk.formats.WitnessFile;
import io.aitbc.zk.formats.ZKey;
import io.aitbc.zk.groth16.Groth16Prover;
import io.aitbc.zk.groth16.ProofResult;
import io.aitbc.zk.solidity.Groth16Calldata;
import io.aitbc.zk.solidity.SolidityVerifierExporter;
import io.aitbc.zk.solidity.VerificationKeyFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our exported verifier against snarkjs's exported verifier for the same key, both deployed on a real EVM: they must
 * agree on every input, valid or tampered. Also: proofs by our Java prover verify on chain, and our calldata
 * conversion prints exactly what snarkjs prints.
 */
class ExportedVerifierCrossCheckTest {
    private static final BigInteger Q = io.aitbc.zk.bn254.Fp.MODULUS;
    private static final BigInteger R = io.aitbc.zk.bn254.Fr.MODULUS;
    private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

    private static LocalChain chain;
    private static ReceiptProver prover;
    private static Groth16VerifierContract ours;
    private static Groth16VerifierContract snarkjs;

    @BeforeAll
    static void deployBoth() throws IOException {
        prover = ReceiptProver.create();
        chain = LocalChain.start(1);
        ContractSession deployer = chain.session(0);
        String caller = deployer.address();
        ours = new Groth16VerifierContract(chain.web3j(),
                deployer.deploy(prover.exportedVerifier(prover.setup().zkey()).bytecode()), caller);
        snarkjs = new Groth16VerifierContract(chain.web3j(),
                deployer.deploy(prover.snarkjsVerifier().bytecode()), caller);
    }

    @AfterAll
    static void stop() {
        if (chain != null) chain.close();
    }

    private static String recipient() {
        return chain.account(0).getAddress();
    }

    @Test
    void theExportIsTheSameFromTheZkeyAndFromTheVerificationKeyJson() throws IOException {
        SnarkjsGroth16.Setup setup = prover.setup();
        assertEquals(SolidityVerifierExporter.export(VerificationKeyFiles.read(setup.zkey())),
                SolidityVerifierExporter.export(VerificationKeyFiles.read(setup.verificationKey())));
    }

    @Test
    void bothVerifiersAgreeOnValidAndTamperedInputs() throws IOException {
        Groth16Calldata valid = prover.proveReceipt(BigInteger.valueOf(42), recipient());
        Map<String, Groth16Calldata> cases = new LinkedHashMap<>();
        cases.put("valid", valid);
        cases.put("A.y written as an equivalent word >= q (both wrap the same way)", withProofWord(valid, 1,
                TWO_256.add(valid.a().get(1)).mod(Q).add(Q)));
        cases.put("-A", withProofWord(valid, 1, Q.subtract(valid.a().get(1))));
        cases.put("C off the curve", withProofWord(valid, 6, valid.c().get(0).add(BigInteger.ONE)));
        cases.put("B.x parts swapped", withProofWord(withProofWord(valid, 2, valid.b().get(0).get(1)), 3, valid.b().get(0).get(0)));
        cases.put("A.x >= q", withProofWord(valid, 0, valid.a().get(0).add(Q)));
        cases.put("all-zero proof", Groth16Calldata.fromFlatProof(java.util.Collections.nCopies(8, BigInteger.ZERO), valid.publicSignals()));
        cases.put("amount changed", withSignal(valid, 2, BigInteger.valueOf(43)));
        cases.put("recipient changed", withSignal(valid, 3, BigInteger.ONE));
        cases.put("amount + r (same field element, not canonical)", withSignal(valid, 2, valid.publicSignals().get(2).add(R)));
        cases.put("receiptHash = r", withSignal(valid, 0, R));

        Map<String, Boolean> expected = new LinkedHashMap<>();
        cases.keySet().forEach(k -> expected.put(k, false));
        expected.put("valid", true);
        expected.put("A.y written as an equivalent word >= q (both wrap the same way)", true);
        Map<String, Boolean> bySnarkjs = new LinkedHashMap<>();
        Map<String, Boolean> byOurs = new LinkedHashMap<>();
        for (var c : cases.entrySet()) {
            bySnarkjs.put(c.getKey(), snarkjs.verifyProof(c.getValue()));
            byOurs.put(c.getKey(), ours.verifyProof(c.getValue()));
        }
        assertEquals(expected, bySnarkjs, "snarkjs's verifier");
        assertEquals(bySnarkjs, byOurs, "our verifier against snarkjs's");
    }

    @Test
    void aProofByOurJavaProverVerifiesOnChainAndOurCalldataIsSnarkjss() throws IOException {
        SnarkjsGroth16.Proof reference = prover.prove(ReceiptProver.newReceipt(BigInteger.TEN, recipient()));

        // our conversion of snarkjs's proof.json/public.json prints exactly snarkjs's calldata
        Groth16Calldata converted = Groth16Calldata.of(SnarkjsJson.readProof(reference.proofJson()),
                SnarkjsJson.readPublicSignals(reference.publicJson()));
        assertEquals(reference.calldataText(), converted.toSnarkjsText());

        // our prover, same zkey and witness: a different (randomized) proof that both verifiers accept
        ProofResult javaProof = Groth16Prover.prove(ZKey.read(prover.setup().zkey()), WitnessFile.read(reference.witness()));
        Groth16Calldata ourCalldata = Groth16Calldata.of(javaProof.proof(), javaProof.publicSignals());
        assertEquals(reference.calldata().publicSignals(), ourCalldata.publicSignals());
        assertTrue(ours.verifyProof(ourCalldata));
        assertTrue(snarkjs.verifyProof(ourCalldata));
    }

    @Test
    void gasPerVerification() throws IOException {
        Groth16Calldata valid = prover.proveReceipt(BigInteger.ONE, recipient());
        System.out.printf("gas: verifyProof transaction, 4 public signals: aitbc-exported %s, snarkjs-exported %s%n",
                ours.estimateVerificationGas(valid), snarkjs.estimateVerificationGas(valid));
    }

    private static Groth16Calldata withProofWord(Groth16Calldata c, int index, BigInteger value) {
        List<BigInteger> flat = new ArrayList<>(c.flatProof());
        flat.set(index, value);
        return Groth16Calldata.fromFlatProof(flat, c.publicSignals());
    }

    private static Groth16Calldata withSignal(Groth16Calldata c, int index, BigInteger value) {
        List<BigInteger> signals = new ArrayList<>(c.publicSignals());
        signals.set(index, value);
        return c.withPublicSignals(signals);
    }
}
