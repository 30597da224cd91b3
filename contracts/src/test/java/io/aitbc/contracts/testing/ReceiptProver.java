package io.aitbc.contracts.testing;

import io.aitbc.zk.solidity.Groth16Calldata;
import io.aitbc.contracts.solc.CompiledContract;
import org.web3j.utils.Numeric;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Receipt proofs for the contract tests, made by snarkjs for the test circuit receipt_like.circom (public signals
 * receiptHash, nullifier, amount, recipient, like receipt_simple), and snarkjs's verifier contract for its key.
 */
public final class ReceiptProver {
    private static final int PTAU_POWER = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SnarkjsGroth16.Setup setup;

    private ReceiptProver(SnarkjsGroth16.Setup setup) {
        this.setup = setup;
    }

    public static ReceiptProver create() throws IOException {
        Path circuit = Path.of("src/test/resources/circuits/receipt_like.circom");
        return new ReceiptProver(SnarkjsGroth16.setup(Toolchain.contractsDir().resolve(circuit), PTAU_POWER));
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

    /** A proof for a fresh receipt (random id and secret) paying {@code amount} to {@code recipient}. */
    public Groth16Calldata proveReceipt(BigInteger amount, String recipient) throws IOException {
        return proveReceiptFiles(amount, recipient).calldata();
    }

    /** Like {@link #proveReceipt}, with snarkjs's files (witness, proof.json, public.json). */
    public SnarkjsGroth16.Proof proveReceiptFiles(BigInteger amount, String recipient) throws IOException {
        return SnarkjsGroth16.prove(setup, Map.of(
                "receiptId", new BigInteger(240, RANDOM),
                "secret", new BigInteger(240, RANDOM),
                "amount", amount,
                "recipient", Numeric.toBigInt(recipient)));
    }
}
