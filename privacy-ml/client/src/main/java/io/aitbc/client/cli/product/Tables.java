package io.aitbc.client.cli.product;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints the items of an API page as an aligned text table of chosen fields (or as JSON). */
final class Tables {

    private Tables() {
    }

    static void print(PrintWriter out, JsonNode page, boolean json, String... fields) {
        if (json) {
            out.println(page.toPrettyString());
            return;
        }
        JsonNode items = page.has("items") ? page.path("items") : page;
        List<String[]> rows = new ArrayList<>();
        rows.add(fields);
        for (JsonNode item : items) {
            String[] row = new String[fields.length];
            for (int i = 0; i < fields.length; i++) {
                JsonNode v = item.path(fields[i]);
                row[i] = v.isMissingNode() || v.isNull() ? "-" : v.asText();
            }
            rows.add(row);
        }
        int[] width = new int[fields.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == 0 ? "" : "  ").append(String.format("%-" + width[i] + "s", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
        if (page.has("total")) {
            out.println("(" + items.size() + " of " + page.path("total").asLong() + ", page " + page.path("page").asInt() + ")");
        }
    }
}
