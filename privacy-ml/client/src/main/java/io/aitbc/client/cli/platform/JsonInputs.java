package io.aitbc.client.cli.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Model inputs from JSON files: an array of numbers, nested arrays (e.g. an image) read in row-major order. */
final class JsonInputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonInputs() {
    }

    static double[] read(Path file) {
        return flatten(parse(file), file);
    }

    /** The numbers of a (nested) JSON array in row-major order. */
    static double[] flatten(JsonNode node, Path file) {
        List<Double> values = new ArrayList<>();
        flatten(node, values, file);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no numbers where an input is expected");
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static JsonNode parse(Path file) {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (node == null) {
                throw new IllegalArgumentException(file + " is empty");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + " as JSON: " + e.getMessage(), e);
        }
    }

    private static void flatten(JsonNode node, List<Double> out, Path file) {
        if (node.isNumber()) {
            double v = node.asDouble();
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(file + ": inputs must be finite numbers");
            }
            out.add(v);
        } else if (node.isArray()) {
            node.forEach(child -> flatten(child, out, file));
        } else {
            throw new IllegalArgumentException(file + " must hold numbers or arrays of numbers, found " + node.getNodeType());
        }
    }
}
