package io.aitbc.client.cli.fhe;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aitbc fhe}: keys and ciphertexts on the user's own machine (the secret key never leaves it). */
@Command(name = "fhe",
        mixinStandardHelpOptions = true,
        description = "FHE on your own machine: generate keys, encrypt JSON vectors, decrypt results (CKKS or BFV).",
        subcommands = {FheKeygenCommand.class, FheEncryptCommand.class, FheDecryptCommand.class, FheInfoCommand.class})
public final class FheCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
