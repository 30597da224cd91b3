package io.aitbc.client.cli.platform;

import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.api.Views;
import io.aitbc.client.cli.ApiCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aitbc keys upload|list|get|delete}: the consumer's FHE key sets on the server (public and evaluation keys
 * only: secret keys never leave this machine). {@code aitbc infer} uploads and deletes its own key set; these
 * commands manage key sets made with {@code aitbc fhe keygen}.
 */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Your FHE key sets on the server (public and evaluation keys).",
        subcommands = {KeysCommand.Upload.class, KeysCommand.ListKeys.class, KeysCommand.Get.class, KeysCommand.Delete.class})
public final class KeysCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "upload", mixinStandardHelpOptions = true,
            description = {"Upload a public key and evaluation keys (e.g. from 'aitbc fhe keygen --out DIR') for a model",
                    "version's FHE profile; the server checks them against the profile. Prints the key set id."})
    static final class Upload extends ApiCommand {

        @Option(names = "--model", required = true, description = "Model id")
        long model;

        @Option(names = "--version", description = "Model version (default: the latest)")
        Integer version;

        @Option(names = "--public-key", required = true, description = "The public key file (public.key)")
        Path publicKey;

        @Option(names = "--evaluation-keys", required = true, description = "The evaluation keys file (evaluation.keys)")
        Path evaluationKeys;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            Views.KeySet k = client.uploadKeys(model, version, ModelsCommand.readFile(publicKey),
                    ModelsCommand.readFile(evaluationKeys));
            out.println("key set " + k.id() + " uploaded: " + line(k));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Your key sets (admins: all).")
    static final class ListKeys extends ApiCommand {

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            for (Views.KeySet k : client.keySets()) {
                out.println(k.id() + "\t" + line(k));
            }
            return 0;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "One key set.")
    static final class Get extends ApiCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "Key set id")
        long id;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            out.println(id + "\t" + line(client.keySet(id)));
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a key set (refused while queued or running jobs use it).")
    static final class Delete extends ApiCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "Key set id")
        long id;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            client.deleteKeySet(id);
            out.println("key set " + id + " deleted");
            return 0;
        }
    }

    private static String line(Views.KeySet k) {
        return k.scheme() + " " + k.parameterSet() + ", owner " + k.owner() + ", public key " + k.publicKeyBytes()
                + " bytes, evaluation keys " + k.evaluationKeyBytes() + " bytes, sha256 " + k.sha256();
    }
}
