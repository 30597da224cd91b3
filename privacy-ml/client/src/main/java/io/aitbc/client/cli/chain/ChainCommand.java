package io.aitbc.client.cli.chain;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aitbc chain ...}: talk to an EVM chain through its JSON-RPC endpoint. */
@Command(name = "chain",
        mixinStandardHelpOptions = true,
        description = "EVM chain tools: verify a Groth16 proof with a deployed Solidity verifier.",
        subcommands = {VerifyProofCommand.class})
public final class ChainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
