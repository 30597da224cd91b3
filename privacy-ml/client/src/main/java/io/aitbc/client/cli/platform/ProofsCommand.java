package io.aitbc.client.cli.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aitbc proofs get|verify|download ID}: the zkML proofs of your jobs. */
@Command(name = "proofs", mixinStandardHelpOptions = true,
        description = "zkML proofs of your jobs: show, have the server verify, download as snarkjs files.",
        subcommands = {ProofsCommand.Get.class, ProofsCommand.Verify.class, ProofsCommand.Download.class})
public final class ProofsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "get", mixinStandardHelpOptions = true,
            description = "Print the proof: snarkjs proof and public signals, the statement, verification and anchoring.")
    static final class Get extends PlatformCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "Proof id")
        long id;

        @Override
        void run(PrintWriter out) {
            try {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(connection.client().proof(id)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Have the server verify the proof (the verdict counts for the model's reputation).",
                    "Exit 0: valid; 1: invalid or refused; 2: local error or server unreachable."})
    static final class Verify extends PlatformCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "Proof id")
        long id;

        @Override
        void run(PrintWriter out) {
            JsonNode v = connection.client().verifyProof(id);
            out.printf(Locale.ROOT, "%s (%s) in %.3f ms%n", v.path("valid").asBoolean() ? "VALID" : "INVALID",
                    v.path("outcome").asText(), v.path("verificationMicros").asLong() / 1000.0);
            if (!v.path("valid").asBoolean()) {
                throw new io.aitbc.client.api.ApiException(422, "invalid proof", v.path("detail").asText());
            }
        }
    }

    @Command(name = "download", mixinStandardHelpOptions = true,
            description = {"Write proof.json, public.json and verification_key.json, which",
                    "'snarkjs groth16 verify verification_key.json public.json proof.json' and",
                    "'aitbc groth16 verify' check without the server."})
    static final class Download extends PlatformCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "Proof id")
        long id;

        @Option(names = {"-o", "--dir"}, defaultValue = ".", description = "Folder to write into (default: the current one)")
        Path dir;

        @Override
        void run(PrintWriter out) {
            for (Path f : ProofFiles.download(connection.client(), id, dir)) {
                out.println(f);
            }
        }
    }
}
