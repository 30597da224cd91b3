package io.aitbc.model.zkml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.ir.Window;
import io.aitbc.model.quant.IntTensor;
import io.aitbc.model.quant.QAveragePool;
import io.aitbc.model.quant.QConv2d;
import io.aitbc.model.quant.QDense;
import io.aitbc.model.quant.QRelu;
import io.aitbc.model.quant.QReshape;
import io.aitbc.model.quant.QSquare;
import io.aitbc.model.quant.QuantizationParams;
import io.aitbc.model.quant.QuantizedLayer;
import io.aitbc.model.quant.QuantizedModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The model-shape JSON of circuits/scripts/model-main.mjs, both ways: written from a {@link QuantizedModel} (to run
 * the reference generator on any model), and read into a model with seeded random parameters of the right widths.
 */
final class ShapeJson {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Random biases of this width keep the examples' activations inside 32 bits for inputs of a few units. */
    static final int BIAS_BITS = 16;

    private ShapeJson() {
    }

    static String of(QuantizedModel q) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode in = o.putArray("inputShape");
        for (int d : q.inputShape().dims()) {
            in.add(d);
        }
        o.put("bIn", q.params().bIn()).put("bW", q.params().bW()).put("bB", q.params().bB()).put("fA", q.params().fA());
        ArrayNode layers = o.putArray("layers");
        for (QuantizedLayer l : q.layers()) {
            ObjectNode n = layers.addObject();
            switch (l) {
                case QDense d -> n.put("type", "dense").put("out", d.outputs()).put("fW", d.weightFractionBits());
                case QConv2d c -> n.put("type", "conv2d").put("outC", c.outputChannels()).put("kH", c.window().kernelH())
                        .put("kW", c.window().kernelW()).put("stride", c.window().strideH()).put("pad", c.window().padding().top())
                        .put("fW", c.weightFractionBits());
                case QAveragePool a -> n.put("type", "avgpool").put("k", a.kernel());
                case QRelu r -> n.put("type", "relu");
                case QSquare s -> n.put("type", "square");
                case QReshape r -> n.put("type", "flatten");
            }
        }
        return o.toString();
    }

    static QuantizedModel read(String json, long seed) throws IOException {
        JsonNode o = JSON.readTree(json);
        QuantizationParams p = new QuantizationParams(o.get("bIn").asInt(), o.get("fA").asInt(), o.get("bW").asInt(), o.get("bB").asInt());
        int[] dims = new int[o.get("inputShape").size()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = o.get("inputShape").get(i).asInt();
        }
        Shape input = Shape.of(dims), cur = input;
        SplittableRandom rnd = new SplittableRandom(seed);
        List<QuantizedLayer> layers = new ArrayList<>();
        for (JsonNode l : o.get("layers")) {
            QuantizedLayer q = switch (l.get("type").asText()) {
                case "dense" -> new QDense(random(Shape.of(l.get("out").asInt(), cur.size()), p.bW(), rnd),
                        random(Shape.vector(l.get("out").asInt()), BIAS_BITS, rnd), l.get("fW").asInt());
                case "conv2d" -> new QConv2d(cur, random(Shape.of(l.get("outC").asInt(), cur.dim(0), l.get("kH").asInt(), l.get("kW").asInt()), p.bW(), rnd),
                        random(Shape.vector(l.get("outC").asInt()), BIAS_BITS, rnd),
                        new Window(l.get("kH").asInt(), l.get("kW").asInt(), l.get("stride").asInt(), l.get("stride").asInt(),
                                io.aitbc.model.ir.Padding.same(l.get("pad").asInt())), l.get("fW").asInt());
                case "avgpool" -> new QAveragePool(cur, l.get("k").asInt());
                case "relu" -> new QRelu(cur);
                case "square" -> new QSquare(cur);
                case "flatten" -> new QReshape(cur, Shape.vector(cur.size()));
                default -> throw new IllegalArgumentException("unknown layer " + l);
            };
            layers.add(q);
            cur = q.outputShape();
        }
        return new QuantizedModel(input, layers, p);
    }

    /** Uniform signed values of {@code bits} bits. */
    static IntTensor random(Shape shape, int bits, SplittableRandom rnd) {
        long[] v = new long[shape.size()];
        long half = 1L << (bits - 1);
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextLong(-half, half);
        }
        return IntTensor.of(shape, v);
    }
}
