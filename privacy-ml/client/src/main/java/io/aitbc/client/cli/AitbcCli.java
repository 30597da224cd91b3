package io.aitbc.client.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Root of the {@code aitbc} command line. Each area (server, fhe, groth16, zkey, wtns, powersoftau,
 * models, infer, ...) is a subcommand class of its own, registered here.
 */
@Command(name = "aitbc",
        mixinStandardHelpOptions = true,
        versionProvider = AitbcCli.Version.class,
        description = "AITBC Private ML: client SDK and offline tools (FHE keys and ciphertexts, Groth16 proofs).",
        subcommands = {
                CommandLine.HelpCommand.class,
                io.aitbc.client.cli.chain.ChainCommand.class,
                io.aitbc.client.cli.zk.Groth16Command.class,
                io.aitbc.client.cli.zk.ZkeyCommand.class,
                io.aitbc.client.cli.zk.WtnsCommand.class,
                io.aitbc.client.cli.zk.PowersOfTauCommand.class,
                io.aitbc.client.cli.fhe.FheCommand.class,
                ServerCommand.class,
                io.aitbc.client.cli.dev.DevTokenCommand.class,
                // product: marketplace, billing, audit, benchmarks, job progress, load test
                io.aitbc.client.cli.product.ListingsCommand.class,
                io.aitbc.client.cli.product.VerificationsCommand.class,
                io.aitbc.client.cli.product.UsageCommand.class,
                io.aitbc.client.cli.product.BillingCommand.class,
                io.aitbc.client.cli.product.AuditCommand.class,
                io.aitbc.client.cli.product.BenchmarksCommand.class,
                io.aitbc.client.cli.product.WatchCommand.class,
                io.aitbc.client.cli.product.LoadTestCommand.class,
                // svcfhe: model registration, encrypted inference round trip
                io.aitbc.client.cli.platform.ModelsCommand.class,
                io.aitbc.client.cli.platform.InferCommand.class,
                io.aitbc.client.cli.platform.ProofsCommand.class,
                io.aitbc.client.cli.platform.KeysCommand.class,
                io.aitbc.client.cli.platform.JobsCommand.class,
        })
public final class AitbcCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code (used by tests, which must not call System.exit). */
    public static int execute(String... args) {
        return new CommandLine(new AitbcCli()).execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AitbcCli.class.getPackage().getImplementationVersion();
            return new String[] {"aitbc " + (v == null ? "dev" : v)};
        }
    }
}
