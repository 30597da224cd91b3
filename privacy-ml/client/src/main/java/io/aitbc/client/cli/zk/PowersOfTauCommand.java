package io.aitbc.client.cli.zk;

import io.aitbc.zk.groth16.PowersOfTauGenerator;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aitbc powersoftau new}: development only. */
@Command(name = "powersoftau", mixinStandardHelpOptions = true, description = "Powers of tau tools (development only).",
        subcommands = {PowersOfTauCommand.New.class})
public final class PowersOfTauCommand {

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = {"UNSAFE, DEVELOPMENT ONLY: create a prepared powers of tau from secrets drawn on this machine.",
                    "Whoever ran it could forge proofs for any circuit set up from it. Production setups must use a",
                    "public multi-party ceremony's .ptau file."})
    static final class New implements Callable<Integer> {
        @Parameters(index = "0", description = "power: supports circuits of up to 2^power constraints + public inputs") int power;
        @Parameters(index = "1", description = "output .ptau") Path ptau;

        @Override
        public Integer call() {
            System.err.println("WARNING: development-only powers of tau; UNSAFE for production (single-party secrets).");
            return ZkCli.run(() -> PowersOfTauGenerator.generateUnsafe(power, ptau, new SecureRandom()));
        }
    }
}
