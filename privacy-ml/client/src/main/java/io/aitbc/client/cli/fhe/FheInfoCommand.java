package io.aitbc.client.cli.fhe;

import io.aitbc.fhe.serialization.FheSerializer;
import io.aitbc.fhe.serialization.ObjectType;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aitbc fhe info FILE}: what a serialized FHE file is (checked, not decrypted). */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Show the type and parameter set of an FHE file.")
final class FheInfoCommand extends FheSubcommand {

    @Parameters(arity = "1", description = "A file written by aitbc fhe.")
    Path file;

    @Override
    int execute() {
        byte[] data = FheFiles.read(file);
        ObjectType type = FheSerializer.typeOf(data);
        System.out.printf("%s, %d bytes, parameters id %s%n", type, data.length, FheSerializer.parametersIdOf(data));
        if (type == ObjectType.PARAMETERS) System.out.println(FheSerializer.readParameters(data).name());
        return 0;
    }
}
