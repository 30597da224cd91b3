package io.aitbc.model.zkml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.model.ir.Model;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.model.quant.Quantizer;
import io.aitbc.model.train.Architectures;
import io.aitbc.model.train.Architectures.Activation;
import io.aitbc.model.train.ModelZoo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java generator against the reference generator circuits/scripts/model-main.mjs: byte for byte. */
class CircuitGeneratorTest {

    /** circuits/examples: the committed mains, and the reference generator's output for their shapes. */
    @ParameterizedTest
    @ValueSource(strings = {"tiny-mlp", "tiny-cnn", "tiny-strided"})
    void examplesEqualTheCommittedMainsAndTheReferenceGenerator(String name) throws Exception {
        Path examples = Node.TOOLCHAIN.dir().resolve("examples");
        String shape = Files.readString(examples.resolve(name + ".json"));
        QuantizedModel q = ShapeJson.read(shape, 1);
        assertEquals(Files.readString(examples.resolve(name + ".circom")), CircuitGenerator.inferenceMain(q));
        assertEquals(Files.readString(examples.resolve(name + "-integrity.circom")), CircuitGenerator.integrityMain(q));
        assertEquals(Node.referenceMain(shape, false), CircuitGenerator.inferenceMain(q));
        assertEquals(Node.referenceMain(shape, true), CircuitGenerator.integrityMain(q));
    }

    static Stream<Arguments> zooShapes() {
        return Stream.concat(
                Stream.of("fmnist-linear", "fmnist-mlp-square", "fmnist-mlp-relu", "fmnist-cnn-square")
                        .map(n -> Arguments.of(n, ModelZoo.shipped(n))),
                // full-size benchmark shapes: the architecture is enough (the weights do not change the text but fW)
                Stream.of(Arguments.of("784-128-10 relu", Architectures.mlp(Activation.RELU, 128)),
                        Arguments.of("784-1024-256-10 square", Architectures.mlp(Activation.SQUARE, 1024, 256)),
                        Arguments.of("cnn relu", Architectures.cnn(Activation.RELU, 4, 16))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zooShapes")
    void zooShapesEqualTheReferenceGenerator(String name, Model model) throws Exception {
        QuantizedModel q = Quantizer.quantize(model, ModelZoo.QUANTIZATION);
        String shape = ShapeJson.of(q);
        String main = CircuitGenerator.inferenceMain(q);
        assertEquals(Node.referenceMain(shape, false), main);
        assertEquals(Node.referenceMain(shape, true), CircuitGenerator.integrityMain(q));
        assertTrue(main.contains("signal output logits[10];"), main);
    }

    @org.junit.jupiter.api.Test
    void aModelWithoutParametersIsRefusedLikeTheReferenceGenerator() throws Exception {
        String shape = "{\"inputShape\": [4], \"bIn\": 16, \"bW\": 8, \"bB\": 32, \"fA\": 8, \"layers\": [{\"type\": \"relu\"}]}";
        QuantizedModel q = ShapeJson.read(shape, 1);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> CircuitGenerator.inferenceMain(q));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> CircuitGenerator.integrityMain(q));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> Node.referenceMain(shape, false));
    }
}
