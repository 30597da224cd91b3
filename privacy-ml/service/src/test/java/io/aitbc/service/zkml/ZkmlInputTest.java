package io.aitbc.service.zkml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.domain.shared.InvalidRequestException;
import io.aitbc.domain.shared.UnprocessableException;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.model.quant.Quantizer;
import io.aitbc.model.train.ModelZoo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZkmlInputTest {

    private static final QuantizedModel MODEL = Quantizer.quantize(new Model(Shape.vector(3),
            List.of(Dense.of(3, 2, new double[] {0.5, -0.25, 0.75, 0.1, 0.2, -0.3}, new double[] {0.1, -0.1}))),
            ModelZoo.QUANTIZATION);

    private static ZkmlInput parse(String json) {
        return ZkmlInput.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void nestedArraysAndTheInputMemberAreReadRowMajor() {
        assertArrayEquals(new double[] {1, 2, 3, 4}, parse("[[1, 2], [3, 4]]").values());
        assertArrayEquals(new double[] {1.5, -2}, parse("{\"input\": [1.5, -2]}").values());
        assertArrayEquals(new double[] {1.5, -2}, ZkmlInput.parse(parse("[[1.5], [-2]]").toJson()).values());
    }

    @Test
    void unreadableInputsAreBadRequests() {
        for (String bad : List.of("", "not json", "{\"x\": [1]}", "[\"a\"]", "[]", "[[1], null]", "5", "{\"input\": {}}")) {
            assertThrows(InvalidRequestException.class, () -> parse(bad), bad);
        }
    }

    @Test
    void inputsTheModelCannotTakeAreUnprocessable() {
        parse("[1, -2, 0.5]").check(MODEL);
        UnprocessableException shape = assertThrows(UnprocessableException.class, () -> parse("[1, 2]").check(MODEL));
        assertTrue(shape.getMessage().contains("takes 3 input values"), shape.getMessage());
        // 16-bit inputs with 8 fractional bits: |x| < 128
        UnprocessableException range = assertThrows(UnprocessableException.class, () -> parse("[1, 200, 0]").check(MODEL));
        assertTrue(range.getMessage().contains("fixed-point range"), range.getMessage());
    }
}
