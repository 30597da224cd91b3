package io.aitbc.client.cli.product;

import io.aitbc.client.api.ApiClient;
import io.aitbc.client.api.ApiException;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aitbc listings}: search the marketplace. */
@Command(name = "listings", mixinStandardHelpOptions = true,
        description = "Search marketplace listings: prices per privacy level, measured latency, reputation.")
public final class ListingsCommand extends ApiCommand {

    @Option(names = {"-q", "--query"}, description = "Text in title or description")
    String q;

    @Option(names = "--level", description = "Only listings offering this level: fhe, zkml, hybrid")
    String level;

    @Option(names = "--max-price", description = "Highest price at --level (AIT per inference)")
    BigDecimal maxPrice;

    @Option(names = "--sort", description = "reputation (default), price (needs --level), newest")
    String sort;

    @Mixin
    PageOptions pages;

    @Override
    int run(ApiClient api, PrintWriter out) throws IOException, ApiException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("level", level);
        p.put("maxPrice", maxPrice);
        p.put("sort", sort);
        pages.addTo(p);
        Tables.print(out, api.get(ApiClient.query("/marketplace/listings", p)), json,
                "id", "modelId", "title", "owner", "status", "priceFhe", "priceZkml", "priceHybrid",
                "plaintextLatencyMicros", "fheLatencyMs", "zkmlLatencyMs", "verifiedProofs", "failedProofs", "completedJobs");
        return 0;
    }
}
