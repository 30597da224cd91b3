package io.aitbc.client.cli.product;

import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.api.ListingSearch;
import java.io.PrintWriter;
import java.math.BigDecimal;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of a marketplace search ({@code aitbc listings} and {@code aitbc listings search}), and the search. */
public final class ListingSearchOptions {

    static final String[] COLUMNS = {"id", "modelId", "title", "owner", "status", "priceFhe", "priceZkml", "priceHybrid",
            "plaintextLatencyMicros", "fheLatencyMs", "zkmlLatencyMs", "verifiedProofs", "failedProofs", "completedJobs"};

    @Option(names = {"-q", "--query"}, description = "Text in title or description")
    String q;

    @Option(names = "--level", description = "Only listings offering this level: fhe, zkml, hybrid")
    String level;

    @Option(names = "--max-price", description = "Highest price at --level (AIT per inference)")
    BigDecimal maxPrice;

    @Option(names = "--owner", description = "Only this owner's listings")
    String owner;

    @Option(names = "--paused", description = "Include paused listings (your own with --owner YOU, or any for admins)")
    boolean paused;

    @Option(names = "--sort", description = "reputation (default), price (needs --level), newest")
    String sort;

    @Mixin
    PageOptions pages;

    @Mixin
    OutputFormat format;

    /** Runs the search and prints the page as a table (or JSON). */
    int search(AitbcClient api, PrintWriter out) {
        Tables.print(out, api.listings(new ListingSearch(q, level, maxPrice, owner, paused, sort), pages.paging()),
                format.json(), COLUMNS);
        return 0;
    }
}
