package io.aitbc.client.cli.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.cli.ApiCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aitbc proofs get|verify|download|anchor ID}: the zkML proofs of your jobs. */
@Command(name = "proofs", mixinStandardHelpOptions = true,
        description = "zkML proofs of your jobs: show, have the server verify, download as snarkjs files, anchor on chain.",
        subcommands = {ProofsCommand.Get.class, ProofsCommand.Verify.class, ProofsCommand.Download.class,
                ProofsCommand.Anchor.class})
public final class ProofsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "get", mixinStandardHelpOptions = true,
            description = "Print the proof: snarkjs proof and public signals, the statement, verification and anchoring.")
    static final class Get extends ApiCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "Proof id")
        long id;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            out.println(client.proof(id).toPrettyString());
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Have the server verify the stored proof (the verdict counts for the model's reputation),",
                    "or with --proof and --public a proof of yours against the same model version (nothing recorded).",
                    "Exit 0: valid; 1: invalid or refused; 2: local error or server unreachable."})
    static final class Verify extends ApiCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "Proof id")
        long id;

        @Option(names = "--proof", description = "A snarkjs proof.json to check instead of the stored proof (needs --public)")
        Path proof;

        @Option(names = "--public", description = "Its public signals (snarkjs public.json)")
        Path publicSignals;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            if ((proof == null) != (publicSignals == null)) {
                throw new IllegalArgumentException("--proof and --public go together");
            }
            JsonNode v = proof == null ? client.verifyProof(id)
                    : client.verifyProof(id, JsonInputs.parse(proof), JsonInputs.parse(publicSignals));
            out.printf(Locale.ROOT, "%s (%s) in %.3f ms%n", v.path("valid").asBoolean() ? "VALID" : "INVALID",
                    v.path("outcome").asText(), v.path("verificationMicros").asLong() / 1000.0);
            if (!v.path("valid").asBoolean()) {
                spec.commandLine().getErr().println("aitbc: invalid proof: " + v.path("detail").asText());
                return 1;
            }
            return 0;
        }
    }

    @Command(name = "download", mixinStandardHelpOptions = true,
            description = {"Write proof.json, public.json and verification_key.json, which",
                    "'snarkjs groth16 verify verification_key.json public.json proof.json' and",
                    "'aitbc groth16 verify' check without the server."})
    static final class Download extends ApiCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "Proof id")
        long id;

        @Option(names = {"-o", "--dir"}, defaultValue = ".", description = "Folder to write into (default: the current one)")
        Path dir;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            for (Path f : ProofFiles.download(client, id, dir)) {
                out.println(f);
            }
            return 0;
        }
    }

    @Command(name = "anchor", mixinStandardHelpOptions = true,
            description = {"Anchor a verified proof on chain (again, e.g. after the node was unreachable);",
                    "prints the anchoring state. Exit 0 when anchored."})
    static final class Anchor extends ApiCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "Proof id")
        long id;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            JsonNode p = client.anchorProof(id);
            out.println("proof " + id + " anchor " + p.path("anchorStatus").asText("-")
                    + (p.hasNonNull("anchorTransaction") ? ", transaction " + p.path("anchorTransaction").asText() : "")
                    + (p.hasNonNull("anchorError") ? ": " + p.path("anchorError").asText() : ""));
            return "anchored".equalsIgnoreCase(p.path("anchorStatus").asText()) ? 0 : 1;
        }
    }
}
