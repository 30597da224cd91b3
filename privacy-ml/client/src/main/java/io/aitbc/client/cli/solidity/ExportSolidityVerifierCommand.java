package io.aitbc.client.cli.solidity;

import io.aitbc.zk.formats.VerificationKey;
import io.aitbc.zk.solidity.SolidityVerifierExporter;
import io.aitbc.zk.solidity.VerificationKeyFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code aitbc zkey export solidityverifier <zkey|vkey.json> <out.sol>}, like snarkjs's command of that name (registered under {@code zkey export}). */
@Command(name = "solidityverifier",
        mixinStandardHelpOptions = true,
        description = {
                "Writes a Solidity contract that verifies Groth16 proofs for the key's circuit.",
                "Its verifyProof(uint256[2],uint256[2][2],uint256[2],uint256[n]) takes the same calldata as",
                "snarkjs's exported verifier (snarkjs zkey export soliditycalldata) and accepts the same proofs."})
public final class ExportSolidityVerifierCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<zkey|vkey.json>", description = "a Groth16 .zkey or a verification_key.json")
    Path key;

    @Parameters(index = "1", paramLabel = "<out.sol>", description = "the Solidity file to write")
    Path out;

    @Option(names = "--contract-name", defaultValue = SolidityVerifierExporter.DEFAULT_CONTRACT_NAME,
            description = "name of the contract (default: ${DEFAULT-VALUE})")
    String contractName;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            VerificationKey vk = VerificationKeyFiles.read(key);
            Files.writeString(out, SolidityVerifierExporter.export(vk, contractName), StandardCharsets.UTF_8);
            spec.commandLine().getOut().printf("%s: %s for %d public signals%n", out, contractName, vk.nPublic());
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
