package io.aitbc.service.models;

import io.aitbc.model.ir.Layer;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Shape;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Layers and shapes of a model that cannot be quantized (so it has no canonical zkML architecture JSON):
 * {@code {"format":"aitbc-model-ir/1","input":[1,28,28],"layers":[{"op":"dense","in":[784],"out":[32]},...]}}.
 */
final class ArchitectureSummary {

    static final String FORMAT = "aitbc-model-ir/1";

    private ArchitectureSummary() {
    }

    static String of(Model model) {
        String layers = model.layers().stream().map(ArchitectureSummary::layer).collect(Collectors.joining(","));
        return "{\"format\":\"" + FORMAT + "\",\"input\":" + shape(model.inputShape()) + ",\"layers\":[" + layers + "]}";
    }

    private static String layer(Layer l) {
        return "{\"op\":\"" + l.op() + "\",\"in\":" + shape(l.inputShape()) + ",\"out\":" + shape(l.outputShape()) + "}";
    }

    private static String shape(Shape s) {
        return Arrays.stream(s.dims()).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
    }
}
