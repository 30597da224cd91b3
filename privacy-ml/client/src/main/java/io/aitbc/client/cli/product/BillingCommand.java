package io.aitbc.client.cli.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.cli.ApiCommand;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aitbc billing}: what the owner's models earned in a period (admins: any owner or all). */
@Command(name = "billing", mixinStandardHelpOptions = true,
        description = "Billing summary per model and privacy level of a period (default: the last 30 days).")
public final class BillingCommand extends ApiCommand {

    @Option(names = "--from", description = "Start, ISO-8601 (e.g. 2026-01-01T00:00:00Z)")
    String from;

    @Option(names = "--to", description = "End (exclusive), ISO-8601; default now")
    String to;

    @Option(names = "--owner", description = "Admins: one owner's models only")
    String owner;

    @Mixin
    OutputFormat format;

    @Override
    protected int run(AitbcClient api, PrintWriter out) {
        JsonNode summary = api.billing(from, to, owner);
        if (format.json()) {
            out.println(summary.toPrettyString());
            return 0;
        }
        out.println("period " + summary.path("from").asText() + " .. " + summary.path("to").asText()
                + (summary.hasNonNull("owner") ? ", owner " + summary.path("owner").asText() : ", all owners"));
        Tables.print(out, summary.path("lines"), false, "modelOwner", "modelId", "privacyLevel", "jobs", "units", "amount");
        out.println("total: " + summary.path("totalJobs").asLong() + " jobs, " + summary.path("totalUnits").asLong()
                + " units, " + summary.path("totalAmount").asText() + " AIT");
        return 0;
    }
}
