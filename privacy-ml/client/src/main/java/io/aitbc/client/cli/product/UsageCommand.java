package io.aitbc.client.cli.product;

import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.cli.ApiCommand;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aitbc usage}: metered inference (one record per completed job). */
@Command(name = "usage", mixinStandardHelpOptions = true,
        description = "Usage records: your inference (--as consumer), inference on your models (--as owner), all (admin).")
public final class UsageCommand extends ApiCommand {

    @Option(names = "--as", defaultValue = "consumer", description = "consumer (default), owner or all")
    String as;

    @Mixin
    PageOptions pages;

    @Mixin
    OutputFormat format;

    @Override
    protected int run(AitbcClient api, PrintWriter out) {
        Tables.print(out, api.usage(as, pages.paging()), format.json(),
                "jobId", "consumer", "modelOwner", "modelId", "privacyLevel", "units", "unitPrice", "amount", "recordedAt");
        return 0;
    }
}
