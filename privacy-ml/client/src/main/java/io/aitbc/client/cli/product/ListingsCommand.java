package io.aitbc.client.cli.product;

import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.api.ListingTerms;
import io.aitbc.client.api.Views;
import io.aitbc.client.cli.ApiCommand;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aitbc listings [search] | get | create | update | delete}: the marketplace. Without a subcommand it
 * searches, as {@code listings search} does.
 */
@Command(name = "listings", mixinStandardHelpOptions = true,
        description = {"Marketplace listings: prices per privacy level, measured latency, reputation.",
                "Without a subcommand: search, as 'listings search'."},
        subcommands = {ListingsCommand.Search.class, ListingsCommand.Get.class, ListingsCommand.Create.class,
                ListingsCommand.Update.class, ListingsCommand.Delete.class})
public final class ListingsCommand extends ApiCommand {

    @Mixin
    ListingSearchOptions search;

    @Override
    protected int run(AitbcClient api, PrintWriter out) {
        return search.search(api, out);
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Search listings: text, privacy level and price, owner; ordered by reputation, price or age.")
    static final class Search extends ApiCommand {

        @Mixin
        ListingSearchOptions search;

        @Override
        protected int run(AitbcClient api, PrintWriter out) {
            return search.search(api, out);
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "One listing.")
    static final class Get extends ApiCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "Listing id")
        long id;

        @Mixin
        OutputFormat format;

        @Override
        protected int run(AitbcClient api, PrintWriter out) {
            Tables.print(out, Tables.tree(api.listing(id)), format.json(), ListingSearchOptions.COLUMNS);
            return 0;
        }
    }

    /** Prices and status of create and update. */
    static final class Terms {

        @Option(names = "--description", description = "What the listing offers")
        String description;

        @Option(names = "--price-fhe", description = "AIT per fhe inference")
        BigDecimal priceFhe;

        @Option(names = "--price-zkml", description = "AIT per zkml inference")
        BigDecimal priceZkml;

        @Option(names = "--price-hybrid", description = "AIT per hybrid inference")
        BigDecimal priceHybrid;

        @Option(names = "--status", description = "active or paused (paused listings are hidden from searches)")
        String status;
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "List one of your models (owner).")
    static final class Create extends ApiCommand {

        @Option(names = "--model", required = true, description = "The model to list (yours)")
        long model;

        @Option(names = "--title", required = true, description = "Title")
        String title;

        @Mixin
        Terms terms;

        @Override
        protected int run(AitbcClient api, PrintWriter out) {
            Views.Listing l = api.createListing(new ListingTerms(model, title, terms.description, terms.priceFhe,
                    terms.priceZkml, terms.priceHybrid, terms.status));
            out.println("listing " + l.id() + " created: " + describe(l));
            return 0;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Change a listing's terms (its owner or an admin); options not given stay as they are.")
    static final class Update extends ApiCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "Listing id")
        long id;

        @Option(names = "--title", description = "New title")
        String title;

        @Mixin
        Terms terms;

        @Option(names = "--withdraw", split = ",", description = "Stop offering these levels: fhe, zkml, hybrid")
        List<String> withdraw = List.of();

        @Override
        protected int run(AitbcClient api, PrintWriter out) {
            ListingTerms now = ListingTerms.of(api.listing(id));
            List<String> gone = withdraw.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
            gone.stream().filter(level -> !List.of("fhe", "zkml", "hybrid").contains(level)).findFirst().ifPresent(level -> {
                throw new IllegalArgumentException("--withdraw takes fhe, zkml or hybrid, not " + level);
            });
            ListingTerms revised = new ListingTerms(now.modelId(), title != null ? title : now.title(),
                    terms.description != null ? terms.description : now.description(),
                    price(gone, "fhe", terms.priceFhe, now.priceFhe()), price(gone, "zkml", terms.priceZkml, now.priceZkml()),
                    price(gone, "hybrid", terms.priceHybrid, now.priceHybrid()), terms.status != null ? terms.status : now.status());
            out.println("listing " + id + " updated: " + describe(api.reviseListing(id, revised)));
            return 0;
        }

        private static BigDecimal price(List<String> withdrawn, String level, BigDecimal given, BigDecimal current) {
            if (withdrawn.contains(level)) {
                if (given != null) {
                    throw new IllegalArgumentException("--price-" + level + " and --withdraw " + level + " contradict each other");
                }
                return null;
            }
            return given != null ? given : current;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Remove a listing (its owner or an admin).")
    static final class Delete extends ApiCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "Listing id")
        long id;

        @Override
        protected int run(AitbcClient api, PrintWriter out) {
            api.deleteListing(id);
            out.println("listing " + id + " deleted");
            return 0;
        }
    }

    static String describe(Views.Listing l) {
        return "'" + l.title() + "' (model " + l.modelId() + ", " + l.status() + "), fhe " + price(l.priceFhe()) + ", zkml "
                + price(l.priceZkml()) + ", hybrid " + price(l.priceHybrid());
    }

    private static String price(BigDecimal p) {
        return p == null ? "-" : p.stripTrailingZeros().toPlainString() + " AIT";
    }
}
