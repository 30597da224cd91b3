package io.aitbc.client.cli.fhe;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that encrypt and decrypt share: the key set's parameters, a key, an input and an output file. */
final class FheIoOptions {

    @Option(names = "--params", required = true, description = "params.fhe of the key set.")
    Path paramsFile;

    @Option(names = "--key", required = true, description = "Key file (public.key or secret.key for encrypt, secret.key for decrypt).")
    Path keyFile;

    @Option(names = "--in", required = true, description = "Input file.")
    Path in;

    @Option(names = "--out", required = true, description = "Output file (written atomically).")
    Path out;
}
