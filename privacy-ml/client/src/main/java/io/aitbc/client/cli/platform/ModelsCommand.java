package io.aitbc.client.cli.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.api.Views;
import io.aitbc.client.cli.ApiCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aitbc models ...}: register models from ONNX files, list, show, rename and delete them, their versions, FHE
 * profiles and encodings, and zkml circuits.
 */
@Command(name = "models", mixinStandardHelpOptions = true, description = "Models on a server.",
        subcommands = {ModelsCommand.Register.class, ModelsCommand.ListModels.class, ModelsCommand.Get.class,
                ModelsCommand.Update.class, ModelsCommand.Delete.class, ModelsCommand.Versions.class,
                ModelsCommand.Profile.class, ModelsCommand.Circuit.class, ModelsCommand.Encoding.class})
public final class ModelsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Creates a model (or adds a version to --model) from an ONNX file. */
    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Register an ONNX model (owner): a new model, or the next version of --model.")
    static final class Register extends ApiCommand {

        @Option(names = "--onnx", required = true, description = "The ONNX file")
        Path onnx;

        @Option(names = "--name", description = "Name of the new model (required unless --model is given)")
        String name;

        @Option(names = "--description", description = "Description of the new model")
        String description;

        @Option(names = "--model", description = "Add a version to this existing model instead")
        Long model;

        @Option(names = "--allow-approximate-activations",
                description = "Let ReLU be replaced by a fitted polynomial for FHE (needs --calibration)")
        boolean approximate;

        @Option(names = "--calibration", description = "JSON file {\"inputs\": [[...], ...], \"labels\": [...]?}:"
                + " sample inputs for ranges and the ReLU approximation")
        Path calibration;

        @Option(names = "--parameter-set", description = "CKKS parameter set to use (default: the cheapest deep enough)")
        String parameterSet;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            if (model == null && (name == null || name.isBlank())) {
                throw new IllegalArgumentException("give --name for a new model or --model ID for a new version");
            }
            byte[] file = readFile(onnx);
            String options = RegistrationOptions.json(approximate, calibration, parameterSet);
            long id = model != null ? model : client.createModel(name, description).id();
            Views.ModelVersion v = client.registerVersion(id, file, options);
            out.println("model " + id + " version " + v.number() + " registered (" + v.onnxSize() + " bytes, sha256 "
                    + v.onnxSha256() + ")");
            out.println("  fhe:  " + (v.fheAvailable() ? "yes, " + v.fheParameterSet() : "no: " + v.fheUnavailable()));
            out.println("  zkml: " + (v.commitment() != null ? "commitment " + v.commitment() : "no") + ", circuit "
                    + v.circuitStatus());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List models (newest first).")
    static final class ListModels extends ApiCommand {

        @Option(names = "--owner", description = "Only this owner's models")
        String owner;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            for (Views.Model m : client.models(owner)) {
                out.println(line(m));
            }
            return 0;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "One model.")
    static final class Get extends ApiCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "Model id")
        long model;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            Views.Model m = client.model(model);
            out.println(line(m));
            if (m.description() != null && !m.description().isBlank()) {
                out.println("  " + m.description());
            }
            return 0;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Rename or re-describe a model (its owner or an admin); options not given stay as they are.")
    static final class Update extends ApiCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "Model id")
        long model;

        @Option(names = "--name", description = "New name")
        String name;

        @Option(names = "--description", description = "New description")
        String description;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            Views.Model now = client.model(model);
            Views.Model m = client.updateModel(model, name != null ? name : now.name(),
                    description != null ? description : now.description());
            out.println("updated: " + line(m));
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a model with its versions and listings (its owner or an admin; refused while jobs use it).")
    static final class Delete extends ApiCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "Model id")
        long model;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            client.deleteModel(model);
            out.println("model " + model + " deleted");
            return 0;
        }
    }

    @Command(name = "versions", mixinStandardHelpOptions = true, description = "A model's versions.")
    static final class Versions extends ApiCommand {

        @Parameters(index = "0", description = "Model id")
        long model;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            for (Views.ModelVersion v : client.versions(model)) {
                out.println("version " + v.number() + "\tfhe " + (v.fheAvailable() ? v.fheParameterSet() : "no")
                        + "\tcircuit " + v.circuitStatus() + "\tsha256 " + v.onnxSha256());
            }
            return 0;
        }
    }

    @Command(name = "profile", mixinStandardHelpOptions = true,
            description = "Print a version's FHE profile (JSON), or with --hybrid its hybrid profile.")
    static final class Profile extends ApiCommand {

        @Parameters(index = "0", description = "Model id")
        long model;

        @Option(names = "--version", description = "Model version (default: the latest)")
        Integer version;

        @Option(names = "--hybrid", description = "The hybrid profile (BFV parameters, circuits) instead")
        boolean hybrid;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            out.println(hybrid ? client.hybridProfile(model, version) : client.fheProfile(model, version));
            return 0;
        }
    }

    @Command(name = "circuit", mixinStandardHelpOptions = true,
            description = {"A version's zkml circuit: build status, constraints, setup. With --wait, follow the build",
                    "with a progress bar until it is over: exit 0 when ready, 1 otherwise."})
    static final class Circuit extends PreparationCommand {

        @Option(names = "--rebuild", description = "Build the circuit again first (its owner or an admin), e.g. after a failure")
        boolean rebuild;

        @Option(names = "--verification-key", paramLabel = "FILE",
                description = "Also write the circuit's verification key (snarkjs verification_key.json) here once ready")
        Path verificationKey;

        Circuit() {
            super("circuit", "--rebuild");
        }

        @Override
        JsonNode current(AitbcClient client, int v) {
            return rebuild ? client.rebuildCircuit(model, v) : client.circuit(model, v);
        }

        @Override
        JsonNode await(AitbcClient client, int v, AitbcClient.PreparationWatcher watcher, Duration limit) {
            return client.awaitCircuit(model, v, watcher, limit);
        }

        @Override
        void after(AitbcClient client, int v, JsonNode state, PrintWriter out) {
            if (verificationKey != null) {
                try {
                    Files.writeString(verificationKey, client.circuitVerificationKey(model, v), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + verificationKey + ": " + e.getMessage(), e);
                }
                out.println("wrote " + verificationKey);
            }
        }
    }

    @Command(name = "encoding", mixinStandardHelpOptions = true,
            description = {"A version's FHE encoding (weights sealed, linear layers precomputed for encrypted inference).",
                    "With --wait, follow it with a progress bar until it is over: exit 0 when ready, 1 otherwise."})
    static final class Encoding extends PreparationCommand {

        @Option(names = "--reencode", description = "Encode it again first (its owner or an admin), e.g. after a failure"
                + " or a key rotation")
        boolean reencode;

        Encoding() {
            super("encoding", "--reencode");
        }

        @Override
        JsonNode current(AitbcClient client, int v) {
            return reencode ? client.reencode(model, v) : client.encoding(model, v);
        }

        @Override
        JsonNode await(AitbcClient client, int v, AitbcClient.PreparationWatcher watcher, Duration limit) {
            return client.awaitEncoding(model, v, watcher, limit);
        }
    }

    static int latest(AitbcClient client, long model) {
        return client.versions(model).stream().map(Views.ModelVersion::number).max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalArgumentException("model " + model + " has no version yet"));
    }

    private static String line(Views.Model m) {
        return m.id() + "\t" + m.name() + "\towner " + m.owner() + "\tversions " + m.versionCount();
    }

    static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
