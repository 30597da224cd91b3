package io.aitbc.client.cli.product;

import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.cli.ApiCommand;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aitbc verifications}: the proof verification history that makes up the listings' reputation. */
@Command(name = "verifications", mixinStandardHelpOptions = true,
        description = "Proof verification history, newest first: which proof, valid or not, how long it took.")
public final class VerificationsCommand extends ApiCommand {

    @Option(names = "--model", description = "One model's verifications")
    Long model;

    @Mixin
    PageOptions pages;

    @Mixin
    OutputFormat format;

    @Override
    protected int run(AitbcClient api, PrintWriter out) {
        Tables.print(out, api.verifications(model, pages.paging()), format.json(),
                "id", "modelId", "proofId", "verified", "micros", "verifiedAt");
        return 0;
    }
}
