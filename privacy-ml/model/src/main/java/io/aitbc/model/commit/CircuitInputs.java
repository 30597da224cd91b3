package io.aitbc.model.commit;

import io.aitbc.model.quant.FixedPoint;
import io.aitbc.model.quant.QLinear;
import io.aitbc.model.quant.QuantizationRangeException;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.zk.bn254.Fr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The witness input of a model's inference circuit (docs/ZKML-SPEC.md §4, names as in circuits/README.md):
 * {@code archHash}, {@code x}, then {@code w0, b0, w1, b1, ...} per Dense/Conv layer in model order, flat
 * row-major, each value a field element (a negative {@code v} as {@code p + v}). Insertion-ordered.
 */
public final class CircuitInputs {

    private CircuitInputs() {
    }

    /** All inputs of the inference circuit for the quantized input {@code x}. */
    public static Map<String, List<BigInteger>> inference(QuantizedModel model, long[] x) {
        if (x.length != model.inputShape().size()) {
            throw new IllegalArgumentException("the model expects " + model.inputShape().size() + " input values, got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!FixedPoint.fits(x[i], model.params().bIn())) {
                throw new QuantizationRangeException("input " + i + " = " + x[i] + " is outside the signed "
                        + model.params().bIn() + "-bit input range");
            }
        }
        Map<String, List<BigInteger>> in = new LinkedHashMap<>();
        in.put("archHash", List.of(ArchitectureJson.archHash(model)));
        in.put("x", field(x));
        in.putAll(parameters(model));
        return in;
    }

    /** The inputs of the model integrity circuit: {@code archHash} and the parameters. */
    public static Map<String, List<BigInteger>> integrity(QuantizedModel model) {
        Map<String, List<BigInteger>> in = new LinkedHashMap<>();
        in.put("archHash", List.of(ArchitectureJson.archHash(model)));
        in.putAll(parameters(model));
        return in;
    }

    private static Map<String, List<BigInteger>> parameters(QuantizedModel model) {
        Map<String, List<BigInteger>> in = new LinkedHashMap<>();
        List<QLinear> linear = model.linearLayers();
        for (int p = 0; p < linear.size(); p++) {
            in.put("w" + p, field(linear.get(p).weights().toArray()));
            in.put("b" + p, field(linear.get(p).bias().toArray()));
        }
        return in;
    }

    /** Signed integers as field elements. */
    public static List<BigInteger> field(long[] values) {
        List<BigInteger> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(BigInteger.valueOf(v).mod(Fr.MODULUS));
        }
        return out;
    }
}
