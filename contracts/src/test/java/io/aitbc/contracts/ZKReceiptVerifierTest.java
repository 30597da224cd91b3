package io.aitbc.contracts;

import io.aitbc.contracts.generated.AIToken;
import io.aitbc.contracts.generated.ZKReceiptVerifier;
import io.aitbc.zk.solidity.Groth16Calldata;
import io.aitbc.contracts.groth16.Groth16VerifierContract;
import io.aitbc.contracts.testing.LocalChain;
import io.aitbc.contracts.testing.ReceiptProver;
import io.aitbc.contracts.tx.ContractRevertedException;
import io.aitbc.contracts.tx.ContractSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.aitbc.zk.formats.WitnessFile;
import io.aitbc.zk.formats.ZKey;
import io.aitbc.zk.groth16.Groth16Prover;
import io.aitbc.zk.groth16.ProofResult;
import io.aitbc.zk.witness.CircomWasmWitnessCalculator;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ZKReceiptVerifier and AIToken on a real EVM, with real Groth16 proofs of receipt_simple made by snarkjs (and one by
 * our Java witness calculator and prover) against snarkjs's own verifier contract: anchoring, claiming, and every way
 * a claim must fail.
 */
class ZKReceiptVerifierTest {
    private static final int OPERATOR = 0, RELAYER = 1, RECIPIENT = 2, STRANGER = 3;
    /** BN254 base field: negating a G1 point is y -> Q - y. */
    private static final BigInteger Q =
            new BigInteger("21888242871839275222246405745257275088696311157297823662689037894645226208583");
    private static final BigInteger AMOUNT = BigInteger.valueOf(1_000).multiply(BigInteger.TEN.pow(18));

    private static LocalChain chain;
    private static ReceiptProver prover;
    private static ContractSession operator;
    private static String recipient;
    private static String verifierAddress;
    private static String receiptVerifierAddress;

    @BeforeAll
    static void deploy() throws IOException {
        prover = ReceiptProver.create();
        chain = LocalChain.start(4);
        operator = chain.session(OPERATOR);
        recipient = chain.account(RECIPIENT).getAddress();
        verifierAddress = operator.deploy(prover.snarkjsVerifier().bytecode());
        ZKReceiptVerifier contract = operator.send(ZKReceiptVerifier.deploy(chain.web3j(),
                operator.transactionManager(), operator.gasProvider(), verifierAddress, operator.address(),
                "AITBC Token", "AIT"));
        receiptVerifierAddress = contract.getContractAddress();
    }

    @AfterAll
    static void stop() {
        if (chain != null) chain.close();
    }

    private static ZKReceiptVerifier as(int account) {
        ContractSession s = chain.session(account);
        return ZKReceiptVerifier.load(receiptVerifierAddress, chain.web3j(), s.transactionManager(), s.gasProvider());
    }

    private static AIToken token(int account) throws IOException {
        ContractSession s = chain.session(account);
        String address = call(() -> as(account).token().send());
        return AIToken.load(address, chain.web3j(), s.transactionManager(), s.gasProvider());
    }

    /** A receipt whose hash the operator anchored, computed in Java as the platform does, and its snarkjs proof. */
    private static Groth16Calldata anchoredReceipt() throws IOException {
        ReceiptProver.Receipt receipt = ReceiptProver.newReceipt(AMOUNT, recipient);
        operator.send(as(OPERATOR).anchorReceipt(receipt.receiptHash()));
        Groth16Calldata proof = prover.prove(receipt).calldata();
        assertEquals(List.of(receipt.receiptHash(), receipt.nullifier(), AMOUNT, Numeric.toBigInt(recipient)),
                proof.publicSignals(), "public signals of receipt_simple, as docs/ZKML-SPEC.md section 5 defines them");
        return proof;
    }

    private static TransactionReceipt claim(int sender, Groth16Calldata proof) throws IOException {
        List<BigInteger> s = proof.publicSignals();
        String to = Numeric.toHexStringWithPrefixZeroPadded(s.get(3), 40);
        return chain.session(sender).send(as(sender).claim(proof.flatProof(), s.get(0), s.get(1), s.get(2), to));
    }

    private static String revertOf(int sender, Groth16Calldata proof) {
        return assertThrows(ContractRevertedException.class, () -> claim(sender, proof)).errorName();
    }

    private static BigInteger receiptHash(Groth16Calldata proof) {
        return proof.publicSignals().get(0);
    }

    @Test
    void aValidClaimMintsTheBoundAmountToTheBoundRecipientWhoeverSendsIt() throws Exception {
        Groth16Calldata proof = anchoredReceipt();
        BigInteger before = token(RECIPIENT).balanceOf(recipient).send();

        TransactionReceipt receipt = claim(RELAYER, proof);

        assertEquals(before.add(AMOUNT), token(RECIPIENT).balanceOf(recipient).send());
        assertEquals(BigInteger.ZERO, token(RELAYER).balanceOf(chain.account(RELAYER).getAddress()).send());
        var event = ZKReceiptVerifier.getReceiptClaimedEvents(receipt).get(0);
        assertEquals(receiptHash(proof), event.receiptHash);
        assertEquals(proof.publicSignals().get(1), event.nullifier);
        assertEquals(recipient.toLowerCase(), event.recipient.toLowerCase());
        assertTrue(as(STRANGER).nullifierSpent(proof.publicSignals().get(1)).send());
        assertEquals(BigInteger.TWO, as(STRANGER).receiptState(receiptHash(proof)).send(), "Claimed");
        System.out.printf("gas: ZKReceiptVerifier.claim (verify + mint) %s%n", receipt.getGasUsed());
    }

    @Test
    void aReceiptProvedEntirelyInJavaClaimsOnChain() throws Exception {
        ReceiptProver.Receipt receipt = ReceiptProver.newReceipt(AMOUNT, recipient);
        operator.send(as(OPERATOR).anchorReceipt(receipt.receiptHash()));
        Map<String, List<BigInteger>> input = new java.util.HashMap<>();
        receipt.circuitInput().forEach((k, v) -> input.put(k, List.of(v)));
        WitnessFile witness = CircomWasmWitnessCalculator.load(prover.setup().wasm()).calculate(input);
        ProofResult javaProof = Groth16Prover.prove(ZKey.read(prover.setup().zkey()), witness);
        BigInteger before = token(RECIPIENT).balanceOf(recipient).send();

        claim(RELAYER, Groth16Calldata.of(javaProof.proof(), javaProof.publicSignals()));

        assertEquals(before.add(AMOUNT), token(RECIPIENT).balanceOf(recipient).send());
    }

    @Test
    void theSnarkjsVerifierAcceptsTheProofThroughTheNestedArrayCall() throws Exception {
        Groth16Calldata proof = prover.proveReceipt(AMOUNT, recipient);
        Groth16VerifierContract verifier = new Groth16VerifierContract(chain.web3j(), verifierAddress, recipient);

        assertTrue(verifier.verifyProof(proof));
        assertFalse(verifier.verifyProof(negateA(proof)));
        System.out.printf("gas: Groth16 verifyProof transaction (4 public signals) %s%n",
                verifier.estimateVerificationGas(proof));
    }

    @Test
    void aReplayedReceiptIsRejectedByItsNullifier() throws Exception {
        Groth16Calldata proof = anchoredReceipt();
        claim(RELAYER, proof);
        BigInteger balance = token(RECIPIENT).balanceOf(recipient).send();

        assertEquals("NullifierAlreadySpent", revertOf(STRANGER, proof));
        assertEquals(balance, token(RECIPIENT).balanceOf(recipient).send());
    }

    @Test
    void aTamperedProofIsRejected() throws Exception {
        Groth16Calldata proof = anchoredReceipt();

        assertEquals("InvalidProof", revertOf(RELAYER, negateA(proof)));
        List<BigInteger> flat = new ArrayList<>(proof.flatProof());
        flat.set(6, flat.get(6).add(BigInteger.ONE)); // C no longer on the curve
        assertEquals("InvalidProof", revertOf(RELAYER, Groth16Calldata.fromFlatProof(flat, proof.publicSignals())));
        claim(RELAYER, proof); // the genuine proof still claims: the failures spent nothing
    }

    @Test
    void aProofCannotBeRetargetedToAnotherRecipientOrAmount() throws Exception {
        Groth16Calldata proof = anchoredReceipt();
        List<BigInteger> signals = new ArrayList<>(proof.publicSignals());
        signals.set(3, Numeric.toBigInt(chain.account(STRANGER).getAddress()));
        assertEquals("InvalidProof", revertOf(STRANGER, proof.withPublicSignals(signals)));

        signals = new ArrayList<>(proof.publicSignals());
        signals.set(2, AMOUNT.shiftLeft(1));
        assertEquals("InvalidProof", revertOf(RELAYER, proof.withPublicSignals(signals)));
    }

    @Test
    void aReceiptMustBeAnchoredByAnOperatorBeforeItCanBeClaimed() throws Exception {
        Groth16Calldata proof = prover.proveReceipt(AMOUNT, recipient);
        assertEquals("ReceiptNotClaimable", revertOf(RELAYER, proof), "never anchored");

        ContractRevertedException notOperator = assertThrows(ContractRevertedException.class,
                () -> chain.session(STRANGER).send(as(STRANGER).anchorReceipt(receiptHash(proof))));
        assertEquals("AccessControlUnauthorizedAccount", notOperator.errorName());

        operator.send(as(OPERATOR).anchorReceipt(receiptHash(proof)));
        assertEquals("ReceiptAlreadyAnchored", assertThrows(ContractRevertedException.class,
                () -> operator.send(as(OPERATOR).anchorReceipt(receiptHash(proof)))).errorName());
        claim(RELAYER, proof);
    }

    @Test
    void aiTokenCanBeMintedOnlyByTheReceiptVerifier() throws Exception {
        assertEquals(receiptVerifierAddress.toLowerCase(), token(STRANGER).minter().send().toLowerCase());
        ContractRevertedException e = assertThrows(ContractRevertedException.class,
                () -> operator.send(token(OPERATOR).mint(operator.address(), AMOUNT)));
        assertEquals("OnlyMinter", e.errorName());
    }

    /** -A: still a curve point, but the pairing equation fails. */
    private static Groth16Calldata negateA(Groth16Calldata proof) {
        List<BigInteger> flat = new ArrayList<>(proof.flatProof());
        flat.set(1, Q.subtract(flat.get(1)));
        return Groth16Calldata.fromFlatProof(flat, proof.publicSignals());
    }

    private interface ChainCall<T> {
        T run() throws Exception;
    }

    private static <T> T call(ChainCall<T> call) throws IOException {
        try {
            return call.run();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
