package io.aitbc.model.commit;

import io.aitbc.model.ir.Padding;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.ir.Window;
import io.aitbc.model.quant.QAveragePool;
import io.aitbc.model.quant.QConv2d;
import io.aitbc.model.quant.QDense;
import io.aitbc.model.quant.QRelu;
import io.aitbc.model.quant.QReshape;
import io.aitbc.model.quant.QSquare;
import io.aitbc.model.quant.QuantizationParams;
import io.aitbc.model.quant.QuantizedLayer;
import io.aitbc.model.quant.QuantizedModel;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The canonical architecture JSON of a quantized model (the {@code archHash} input of docs/ZKML-SPEC.md §3):
 * everything that fixes the computation except the parameter values. One line of ASCII, no whitespace,
 * keys in the fixed order below, integers in decimal, arrays of ints for shapes:
 *
 * <pre>
 * {"format":"aitbc-zkml-arch/1","input":[1,28,28],"bIn":16,"fA":8,"bW":8,"bB":32,"layers":[L,...],"output":"argmax"}
 * L = {"op":"dense","in":[784],"out":[32],"fW":7}
 *   | {"op":"conv2d","in":[C,H,W],"out":[C',H',W'],"kernel":[kH,kW],"stride":[sH,sW],"pads":[top,left,bottom,right],"fW":6}
 *   | {"op":"avgpool","in":[C,H,W],"out":[C,H',W'],"kernel":[k,k],"stride":[k,k],"shift":t}
 *   | {"op":"relu","in":S,"out":S} | {"op":"square","in":S,"out":S} | {"op":"reshape","in":S,"out":S'}
 * </pre>
 *
 * ({@code Flatten} is a {@code reshape} to a vector; shapes exclude the batch dimension.)
 * {@code archHash} is the first 31 bytes, big-endian, of SHA-256 over the UTF-8 bytes of this string.
 */
public final class ArchitectureJson {
    public static final String FORMAT = "aitbc-zkml-arch/1";

    private ArchitectureJson() {
    }

    public static String canonical(QuantizedModel model) {
        QuantizationParams p = model.params();
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"format\":\"").append(FORMAT).append("\",\"input\":").append(shape(model.inputShape()))
                .append(",\"bIn\":").append(p.bIn()).append(",\"fA\":").append(p.fA())
                .append(",\"bW\":").append(p.bW()).append(",\"bB\":").append(p.bB()).append(",\"layers\":[");
        for (int i = 0; i < model.layers().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            layer(sb, model.layers().get(i));
        }
        return sb.append("],\"output\":\"argmax\"}").toString();
    }

    /** {@code archHash}: SHA-256 of the canonical JSON truncated to its first 31 bytes, as a field element. */
    public static BigInteger archHash(QuantizedModel model) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(model).getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, Arrays.copyOf(digest, 31));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static void layer(StringBuilder sb, QuantizedLayer layer) {
        sb.append("{\"op\":\"").append(layer.op()).append("\",\"in\":").append(shape(layer.inputShape()))
                .append(",\"out\":").append(shape(layer.outputShape()));
        switch (layer) {
            case QDense d -> sb.append(",\"fW\":").append(d.weightFractionBits());
            case QConv2d c -> {
                window(sb, c.window());
                Padding pad = c.window().padding();
                sb.append(",\"pads\":").append(ints(pad.top(), pad.left(), pad.bottom(), pad.right()))
                        .append(",\"fW\":").append(c.weightFractionBits());
            }
            case QAveragePool a -> {
                window(sb, a.window());
                sb.append(",\"shift\":").append(a.shift());
            }
            case QRelu r -> { }
            case QSquare s -> { }
            case QReshape r -> { }
        }
        sb.append('}');
    }

    private static void window(StringBuilder sb, Window w) {
        sb.append(",\"kernel\":").append(ints(w.kernelH(), w.kernelW())).append(",\"stride\":").append(ints(w.strideH(), w.strideW()));
    }

    private static String shape(Shape s) {
        return ints(s.dims());
    }

    private static String ints(int... v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(v[i]);
        }
        return sb.append(']').toString();
    }
}
