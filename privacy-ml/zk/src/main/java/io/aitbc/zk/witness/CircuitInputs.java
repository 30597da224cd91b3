package io.aitbc.zk.witness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aitbc.zk.formats.ZkFormatException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses circom's input.json: signal name -> number, decimal/hex string, or nested arrays (flattened row-major). */
public final class CircuitInputs {

    private CircuitInputs() {
    }

    public static Map<String, List<BigInteger>> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ZkFormatException(file + ": no such file");
        }
        return parse(Files.readString(file), file.toString());
    }

    public static Map<String, List<BigInteger>> parse(String json, String where) throws ZkFormatException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new ZkFormatException(where + ": not valid JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new ZkFormatException(where + ": expected a JSON object of input signals");
        }
        Map<String, List<BigInteger>> out = new LinkedHashMap<>();
        for (var it = root.fields(); it.hasNext(); ) {
            var e = it.next();
            List<BigInteger> values = new ArrayList<>();
            flatten(e.getValue(), values, where + " signal '" + e.getKey() + "'");
            out.put(e.getKey(), values);
        }
        return out;
    }

    private static void flatten(JsonNode n, List<BigInteger> out, String where) throws ZkFormatException {
        if (n.isArray()) {
            for (JsonNode c : n) {
                flatten(c, out, where);
            }
            return;
        }
        if (!(n.isTextual() || n.isIntegralNumber())) {
            throw new ZkFormatException(where + ": expected an integer, got " + n);
        }
        String s = n.asText().trim();
        try {
            out.add(s.startsWith("0x") || s.startsWith("0X") ? new BigInteger(s.substring(2), 16) : new BigInteger(s));
        } catch (NumberFormatException e) {
            throw new ZkFormatException(where + ": not an integer: '" + s + "'");
        }
    }
}
