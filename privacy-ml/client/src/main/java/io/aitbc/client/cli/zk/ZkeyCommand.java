package io.aitbc.client.cli.zk;

import io.aitbc.zk.formats.SnarkjsJson;
import io.aitbc.zk.formats.ZKey;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aitbc zkey export verificationkey}. */
@Command(name = "zkey", mixinStandardHelpOptions = true, description = "Proving key (.zkey) tools.",
        subcommands = {ZkeyCommand.Export.class})
public final class ZkeyCommand {

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Export parts of a zkey.",
            subcommands = {ZkeyCommand.VerificationKeyCmd.class,
                    io.aitbc.client.cli.solidity.ExportSolidityVerifierCommand.class})
    static final class Export {
    }

    @Command(name = "verificationkey", mixinStandardHelpOptions = true, description = "Write verification_key.json (snarkjs format).")
    static final class VerificationKeyCmd implements Callable<Integer> {
        @Parameters(index = "0", description = "circuit_final.zkey") Path zkey;
        @Parameters(index = "1", description = "output verification_key.json") Path vkey;

        @Override
        public Integer call() {
            return ZkCli.run(() -> SnarkjsJson.write(vkey, ZKey.read(zkey).verificationKey()));
        }
    }
}
