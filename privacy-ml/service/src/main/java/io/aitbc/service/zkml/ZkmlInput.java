package io.aitbc.service.zkml;

import io.aitbc.domain.shared.InvalidRequestException;
import io.aitbc.domain.shared.UnprocessableException;
import io.aitbc.model.commit.PublicSignals;
import io.aitbc.model.quant.QuantizationRangeException;
import io.aitbc.model.quant.QuantizedInference;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.model.zkml.CircuitLayout;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A zkml input as the consumer sends it: JSON, a (nested) array of numbers in row-major order, or an object whose
 * {@code input} member is one. Checked against the model before a job is queued: shape (400 is for unreadable JSON;
 * 422 for a wrong number of values or values the model's fixed-point range cannot hold, ZKML-SPEC §1).
 */
public record ZkmlInput(double[] values) {

    /** Most values an input may have (a 3x224x224 image is 150,528). */
    public static final int MAX_VALUES = 1 << 20;

    public ZkmlInput {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public static ZkmlInput parse(byte[] json) {
        JsonValue root;
        try (JsonReader r = Json.createReader(new ByteArrayInputStream(json))) {
            root = r.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidRequestException("the zkml input is not JSON: " + e.getMessage());
        }
        if (root instanceof JsonObject o) {
            root = o.get("input");
            if (root == null) {
                throw new InvalidRequestException("the zkml input object has no member 'input'");
            }
        }
        if (!(root instanceof JsonArray)) {
            throw new InvalidRequestException("the zkml input must be a JSON array of numbers (nested arrays allowed)");
        }
        List<Double> out = new ArrayList<>();
        flatten(root, out);
        if (out.isEmpty()) {
            throw new InvalidRequestException("the zkml input holds no numbers");
        }
        return new ZkmlInput(out.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void flatten(JsonValue v, List<Double> out) {
        if (v instanceof JsonNumber n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                throw new InvalidRequestException("zkml inputs must be finite numbers");
            }
            if (out.size() >= MAX_VALUES) {
                throw new InvalidRequestException("the zkml input has more than " + MAX_VALUES + " values");
            }
            out.add(d);
        } else if (v instanceof JsonArray a) {
            a.forEach(e -> flatten(e, out));
        } else {
            throw new InvalidRequestException("the zkml input must hold only numbers and arrays, found " + v.getValueType());
        }
    }

    /** The canonical form stored as the job's input: a flat JSON array. */
    public byte[] toJson() {
        var b = Json.createArrayBuilder();
        for (double d : values) {
            b.add(d);
        }
        return b.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The checks the prover will make, now (so that a job that cannot be proven is never queued): the number of
     * values, the fixed-point input range, and the 32-bit range of every activation on this input.
     */
    public void check(QuantizedModel model) {
        int expected = CircuitLayout.of(model).inputSize();
        if (values.length != expected) {
            throw new UnprocessableException("the model takes " + expected + " input values (shape " + model.inputShape()
                    + ", flattened row-major), got " + values.length);
        }
        long[] x;
        try {
            x = QuantizedInference.quantizeInput(model, values);
        } catch (QuantizationRangeException e) {
            throw new UnprocessableException("the input is outside the model's fixed-point range: " + e.getMessage()
                    + " (" + model.params().inputBits() + "-bit inputs with " + model.params().fA() + " fractional bits)");
        }
        try {
            PublicSignals.of(model, x);
        } catch (QuantizationRangeException e) {
            throw new UnprocessableException("the input drives an activation beyond the model's 32-bit range: "
                    + e.getMessage());
        }
    }
}
