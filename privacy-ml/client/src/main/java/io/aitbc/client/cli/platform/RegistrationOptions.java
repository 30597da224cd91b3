package io.aitbc.client.cli.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/** The registration's FHE options as the server reads them (JSON part "options"). */
final class RegistrationOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistrationOptions() {
    }

    /** @param calibration a JSON file {"inputs": [[...], ...], "labels": [...]} (labels optional), or null */
    static String json(boolean allowApproximate, Path calibration, String parameterSet) {
        ObjectNode o = JSON.createObjectNode();
        o.put("allowApproximateActivations", allowApproximate);
        if (parameterSet != null) {
            o.put("parameterSet", parameterSet);
        }
        if (calibration != null) {
            JsonNode c = JsonInputs.parse(calibration);
            if (!c.path("inputs").isArray()) {
                throw new IllegalArgumentException(calibration + " must hold {\"inputs\": [[...], ...], \"labels\": [...]}");
            }
            ArrayNode inputs = o.putArray("calibrationInputs");
            for (JsonNode sample : c.path("inputs")) {
                ArrayNode flat = inputs.addArray();
                for (double v : JsonInputs.flatten(sample, calibration)) {
                    flat.add(v);
                }
            }
            if (c.has("labels")) {
                o.set("calibrationLabels", c.get("labels"));
            }
        }
        return o.toString();
    }
}
