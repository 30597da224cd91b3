package io.aitbc.client.cli.zk;

import io.aitbc.zk.witness.CircomWasmWitnessCalculator;
import io.aitbc.zk.witness.CircuitInputs;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aitbc wtns calculate}: runs circom's wasm witness calculator in the JVM. */
@Command(name = "wtns", mixinStandardHelpOptions = true, description = "Witness (.wtns) tools.",
        subcommands = {WtnsCommand.Calculate.class})
public final class WtnsCommand {

    @Command(name = "calculate", mixinStandardHelpOptions = true, description = "Compute a witness from circuit.wasm and input.json.")
    static final class Calculate implements Callable<Integer> {
        @Parameters(index = "0", description = "circuit.wasm (from circom --wasm)") Path wasm;
        @Parameters(index = "1", description = "input.json") Path input;
        @Parameters(index = "2", description = "output witness.wtns") Path wtns;

        @Override
        public Integer call() {
            return ZkCli.run(() -> CircomWasmWitnessCalculator.load(wasm).calculate(CircuitInputs.read(input)).write(wtns));
        }
    }
}
