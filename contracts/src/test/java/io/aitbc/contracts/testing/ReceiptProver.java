package io.aitbc.contracts.testing;

import io.aitbc.zk.solidity.Groth16Calldata;
import io.aitbc.contracts.solc.CompiledContract;
import io.aitbc.contracts.receipt.ReceiptSimple;
import org.web3j.utils.Numeric;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Receipt proofs for the contract tests, made by snarkjs for the platform's receipt_simple circuit (circuits/main,
 * public signals receiptHash, nullifier, amount, recipient), and snarkjs's verifier contract for its key. The setup
 * uses circuits/ptau/pot12_dev_unsafe.ptau: tests only.
 */
public final class ReceiptProver {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SnarkjsGroth16.Setup setup;

    private ReceiptProver(SnarkjsGroth16.Setup setup) {
        this.setup = setup;
    }

    public static ReceiptProver create() throws IOException {
        Path circuits = Toolchain.circuitsDir();
        return new ReceiptProver(SnarkjsGroth16.setup(circuits.resolve("main/receipt_simple.circom"),
                circuits.resolve("ptau/pot12_dev_unsafe.ptau")));
    }

    public SnarkjsGroth16.Setup setup() {
        return setup;
    }

    /** snarkjs's Solidity verifier for this key, compiled with the pinned solc. */
    public CompiledContract snarkjsVerifier() throws IOException {
        Path out = Files.createTempDirectory(setup.dir(), "solc");
        return Toolchain.solc().compile(out, java.util.List.of(setup.snarkjsVerifier())).get("Groth16Verifier");
    }

    /** Our verifier ({@code SolidityVerifierExporter}) for the same key, read from {@code keyFile}, compiled. */
    public CompiledContract exportedVerifier(Path keyFile) throws IOException {
        Path out = Files.createTempDirectory(setup.dir(), "solc");
        Path source = out.resolve("AitbcVerifier.sol");
        Files.writeString(source, io.aitbc.zk.solidity.SolidityVerifierExporter.export(
                io.aitbc.zk.solidity.VerificationKeyFiles.read(keyFile), "AitbcVerifier"));
        return Toolchain.solc().compile(out, java.util.List.of(source)).get("AitbcVerifier");
    }

    /**
     * The private and public inputs of receipt_simple, and what the platform computes from them in Java with
     * {@link ReceiptSimple} (docs/ZKML-SPEC.md section 5).
     */
    public record Receipt(BigInteger receiptId, BigInteger modelCommitment, BigInteger outputHash, BigInteger secret,
                          BigInteger amount, String recipient) {
        public BigInteger receiptHash() {
            return new ReceiptSimple(receiptId, modelCommitment, outputHash, amount, ReceiptSimple.secretHash(secret))
                    .receiptHash();
        }

        public BigInteger nullifier() {
            return ReceiptSimple.nullifier(secret, receiptId);
        }

        public Map<String, BigInteger> circuitInput() {
            return Map.of("receiptId", receiptId, "modelCommitment", modelCommitment, "outputHash", outputHash,
                    "secret", secret, "amount", amount, "recipient", Numeric.toBigInt(recipient));
        }
    }

    /** A fresh receipt (random id, secret, model commitment, output hash) paying {@code amount} to {@code recipient}. */
    public static Receipt newReceipt(BigInteger amount, String recipient) {
        return new Receipt(randomField(), randomField(), randomField(), randomField(), amount, recipient);
    }

    /** A proof for a fresh receipt paying {@code amount} to {@code recipient}. */
    public Groth16Calldata proveReceipt(BigInteger amount, String recipient) throws IOException {
        return prove(newReceipt(amount, recipient)).calldata();
    }

    /** Proves with snarkjs; the result keeps snarkjs's files (witness, proof.json, public.json). */
    public SnarkjsGroth16.Proof prove(Receipt receipt) throws IOException {
        return SnarkjsGroth16.prove(setup, receipt.circuitInput());
    }

    private static BigInteger randomField() {
        return new BigInteger(250, RANDOM);
    }
}
