package io.aitbc.client.cli.platform;

import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.api.Views;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aitbc models ...}: register models from ONNX files, list them, show versions and FHE profiles. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "Models on a server.",
        subcommands = {ModelsCommand.Register.class, ModelsCommand.ListModels.class, ModelsCommand.Versions.class,
                ModelsCommand.Profile.class})
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
    static final class Register extends PlatformCommand {

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
        void run(PrintWriter out) {
            if (model == null && (name == null || name.isBlank())) {
                throw new IllegalArgumentException("give --name for a new model or --model ID for a new version");
            }
            byte[] file = readFile(onnx);
            String options = RegistrationOptions.json(approximate, calibration, parameterSet);
            AitbcClient client = connection.client();
            long id = model != null ? model : client.createModel(name, description).id();
            Views.ModelVersion v = client.registerVersion(id, file, options);
            out.println("model " + id + " version " + v.number() + " registered (" + v.onnxSize() + " bytes, sha256 "
                    + v.onnxSha256() + ")");
            out.println("  fhe:  " + (v.fheAvailable() ? "yes, " + v.fheParameterSet() : "no: " + v.fheUnavailable()));
            out.println("  zkml: " + (v.commitment() != null ? "commitment " + v.commitment() : "no") + ", circuit "
                    + v.circuitStatus());
            out.flush();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List models (newest first).")
    static final class ListModels extends PlatformCommand {

        @Option(names = "--owner", description = "Only this owner's models")
        String owner;

        @Override
        void run(PrintWriter out) {
            for (Views.Model m : connection.client().models(owner)) {
                out.println(m.id() + "\t" + m.name() + "\towner " + m.owner() + "\tversions " + m.versionCount());
            }
            out.flush();
        }
    }

    @Command(name = "versions", mixinStandardHelpOptions = true, description = "A model's versions.")
    static final class Versions extends PlatformCommand {

        @Parameters(index = "0", description = "Model id")
        long model;

        @Override
        void run(PrintWriter out) {
            for (Views.ModelVersion v : connection.client().versions(model)) {
                out.println("version " + v.number() + "\tfhe " + (v.fheAvailable() ? v.fheParameterSet() : "no")
                        + "\tcircuit " + v.circuitStatus() + "\tsha256 " + v.onnxSha256());
            }
            out.flush();
        }
    }

    @Command(name = "profile", mixinStandardHelpOptions = true, description = "Print a version's FHE profile (JSON).")
    static final class Profile extends PlatformCommand {

        @Parameters(index = "0", description = "Model id")
        long model;

        @Option(names = "--version", description = "Model version (default: the latest)")
        Integer version;

        @Override
        void run(PrintWriter out) {
            out.println(connection.client().fheProfile(model, version));
            out.flush();
        }
    }

    static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
