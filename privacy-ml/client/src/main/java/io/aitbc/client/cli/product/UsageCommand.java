package io.aitbc.client.cli.product;

import io.aitbc.client.api.ApiClient;
import io.aitbc.client.api.ApiException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
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

    @Override
    int run(ApiClient api, PrintWriter out) throws IOException, ApiException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("as", as);
        pages.addTo(p);
        Tables.print(out, api.get(ApiClient.query("/marketplace/usage", p)), json,
                "jobId", "consumer", "modelOwner", "modelId", "privacyLevel", "units", "unitPrice", "amount", "recordedAt");
        return 0;
    }
}
