package io.aitbc.client.cli.product;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints the items of an API page as an aligned text table of chosen fields (or as JSON). */
public final class Tables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Tables() {
    }

    /** A value the SDK returned (a record of {@code Views}) as JSON, for printing. */
    public static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    /** A value as indented JSON. */
    public static String json(Object value) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void print(PrintWriter out, JsonNode page, boolean json, String... fields) {
        if (json) {
            out.println(page.toPrettyString());
            return;
        }
        // a page ({items, total, ...}), an array, or one object (one row)
        JsonNode items = page.has("items") ? page.path("items") : page.isArray() ? page : JSON.createArrayNode().add(page);
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
