package io.aitbc.model.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aitbc.model.data.Dataset;
import io.aitbc.model.data.TestData;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.quant.QAveragePool;
import io.aitbc.model.quant.QConv2d;
import io.aitbc.model.quant.QDense;
import io.aitbc.model.quant.QRelu;
import io.aitbc.model.quant.QReshape;
import io.aitbc.model.quant.QSquare;
import io.aitbc.model.quant.QuantizationParams;
import io.aitbc.model.quant.QuantizedInference;
import io.aitbc.model.quant.QuantizedLayer;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.model.quant.Quantizer;
import io.aitbc.model.train.ModelZoo;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Java quantized reference and commitments against the circuits helper's JavaScript reading of the
 * spec (circuits/test/reference/zkml-spec.mjs): every public signal of §4 must be equal, on real
 * Fashion-MNIST images and the shipped models.
 */
class SpecReferenceCrossCheckTest {

    @ParameterizedTest
    @CsvSource({"fmnist-mlp-relu,8", "fmnist-mlp-square,10", "fmnist-cnn-square,8", "fmnist-cnn-square,10", "fmnist-linear,8"})
    void publicSignalsEqualTheCircuitsReference(String name, int weightBits) throws Exception {
        QuantizedModel q = Quantizer.quantize(ModelZoo.shipped(name), new QuantizationParams(16, 8, weightBits, 32));
        Dataset data = TestData.fashionMnistTest(3);
        List<long[]> inputs = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            inputs.add(QuantizedInference.quantizeInput(q, data.image(i)));
        }
        ObjectNode req = Circomlibjs.JSON.createObjectNode();
        req.set("model", shapeJson(q));
        ArrayNode xs = req.putArray("inputs");
        inputs.forEach(x -> xs.add(strings(x)));
        req.put("archHash", ArchitectureJson.archHash(q).toString());
        JsonNode js = Circomlibjs.runSpecReference(req);
        for (int i = 0; i < inputs.size(); i++) {
            List<String> expected = new ArrayList<>();
            js.get(i).forEach(n -> expected.add(n.asText()));
            List<String> ours = PublicSignals.of(q, inputs.get(i)).toFieldElements().stream().map(BigInteger::toString).toList();
            assertEquals(expected, ours, name + " image " + i);
        }
    }

    /** The model in the layer-list format of circuits/scripts/model-main.mjs, with weights and biases. */
    static ObjectNode shapeJson(QuantizedModel q) {
        ObjectNode m = Circomlibjs.JSON.createObjectNode();
        ArrayNode in = m.putArray("inputShape");
        for (int d : q.inputShape().dims()) {
            in.add(d);
        }
        m.put("bIn", q.params().bIn()).put("bW", q.params().bW()).put("bB", q.params().bB()).put("fA", q.params().fA());
        ArrayNode layers = m.putArray("layers");
        for (QuantizedLayer l : q.layers()) {
            ObjectNode o = layers.addObject();
            switch (l) {
                case QDense d -> o.put("type", "dense").put("out", d.outputs()).put("fW", d.weightFractionBits())
                        .<ObjectNode>set("w", strings(d.weights().toArray())).set("b", strings(d.bias().toArray()));
                case QConv2d c -> o.put("type", "conv2d").put("outC", c.outputChannels()).put("kH", c.window().kernelH())
                        .put("kW", c.window().kernelW()).put("stride", c.window().strideH()).put("pad", c.window().padding().top())
                        .put("fW", c.weightFractionBits())
                        .<ObjectNode>set("w", strings(c.weights().toArray())).set("b", strings(c.bias().toArray()));
                case QAveragePool a -> o.put("type", "avgpool").put("k", a.kernel());
                case QRelu r -> o.put("type", "relu");
                case QSquare s -> o.put("type", "square");
                case QReshape r -> {
                    if (!r.outputShape().equals(Shape.vector(r.inputShape().size()))) {
                        throw new IllegalArgumentException("the reference format knows flatten only");
                    }
                    o.put("type", "flatten");
                }
            }
        }
        return m;
    }

    private static ArrayNode strings(long[] v) {
        ArrayNode a = Circomlibjs.JSON.createArrayNode();
        for (long x : v) {
            a.add(Long.toString(x));
        }
        return a;
    }
}
